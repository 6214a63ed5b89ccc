using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Drafting.Api.Platform;

/// <summary>
/// Data-protection keys kept in the shared database, so that every node reads the same key ring and a bearer
/// token or cookie minted on one node is accepted by any other.
/// </summary>
internal sealed class DatabaseXmlRepository(DraftingDatabase database, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, name").Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.Open();
        // The friendly name holds the key id; a repeated store of the same key changes nothing.
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING",
            new { name = friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), at = EventLog.Timestamp(time.GetUtcNow()) });
    }
}
