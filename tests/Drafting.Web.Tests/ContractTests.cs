using System.Text.RegularExpressions;
using Drafting.Contract;

namespace Drafting.Web.Tests;

/// <summary>The page's copy of the contract's names (js/contract.js) is the server's, and the only one in the page.</summary>
public partial class ContractTests
{
    internal static readonly string Scripts = Path.Combine(RepositoryRoot(), "src", "Drafting.Web", "wwwroot", "js");

    [Fact]
    public void The_pages_event_types_are_the_servers()
    {
        var types = ObjectValues(Contract(), "EventTypes");
        Assert.Equal(EventTypes.Logged.Append(EventTypes.Hidden).Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
    }

    /// <summary>Every logged event reaches the page in the one envelope, comments included, so the page listens for each by the same handler.</summary>
    [Fact]
    public void The_page_hears_every_broadcast_event_in_the_one_envelope()
    {
        var source = Contract();
        var start = source.IndexOf("export const loggedEvents = Object.freeze([", StringComparison.Ordinal);
        Assert.True(start >= 0, "contract.js has no loggedEvents");
        var names = ObjectKeys(source, "EventTypes");
        var listed = Reference().Matches(source[start..source.IndexOf("]);", start, StringComparison.Ordinal)]).Select(m => names[m.Groups["key"].Value]);
        Assert.Equal(HubMethods.Client.Intersect(EventTypes.Logged).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("commentEvents", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pages_error_codes_are_the_servers()
    {
        var codes = ObjectValues(Contract(), "ErrorCodes");
        Assert.Equal(ErrorCodes.All.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pages_presence_change_kinds_are_the_servers()
    {
        var kinds = ObjectValues(Contract(), "PresenceChangeKinds");
        Assert.Equal(PresenceChangeKinds.All.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pages_hub_methods_are_the_servers()
    {
        var methods = ObjectValues(Contract(), "HubMethods");
        Assert.Equal(HubMethods.Server.Append(HubMethods.PresenceChanged).Append(HubMethods.NotificationAdded).Order(StringComparer.Ordinal), methods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_other_script_spells_an_event_type_or_a_hub_method_or_matches_error_prose()
    {
        foreach (var file in Directory.GetFiles(Scripts, "*.js", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "contract.js"))
        {
            var source = File.ReadAllText(file);
            foreach (var type in EventTypes.Logged.Append(EventTypes.Hidden))
            {
                Assert.False(source.Contains($"'{type}'", StringComparison.Ordinal), $"{Path.GetFileName(file)} spells the event type '{type}'; import it from contract.js.");
            }

            foreach (var method in HubMethods.Server.Append(HubMethods.PresenceChanged).Append(HubMethods.NotificationAdded))
            {
                Assert.False(source.Contains($"'{method}'", StringComparison.Ordinal), $"{Path.GetFileName(file)} spells the hub method '{method}'; use HubMethods from contract.js.");
            }

            Assert.False(source.Contains("HubException", StringComparison.Ordinal), $"{Path.GetFileName(file)} unwraps hub errors itself; use errorCode/errorMessage from contract.js.");
            Assert.False(source.Contains("unavailable'", StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(file)} matches error prose; match ErrorCodes instead.");
        }
    }

    private static string Contract() => File.ReadAllText(Path.Combine(Scripts, "core", "contract.js"));

    /// <summary>The string values of <c>export const {name} = Object.freeze({ key: 'value', … })</c>.</summary>
    private static List<string> ObjectValues(string source, string name) => [.. ObjectKeys(source, name).Values];

    /// <summary>The keys and values of <c>export const {name} = Object.freeze({ key: 'value', … })</c>.</summary>
    private static Dictionary<string, string> ObjectKeys(string source, string name)
    {
        var start = source.IndexOf($"export const {name} = Object.freeze({{", StringComparison.Ordinal);
        Assert.True(start >= 0, $"contract.js has no {name}");
        var body = source[start..source.IndexOf("});", start, StringComparison.Ordinal)];
        return KeyValue().Matches(body).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Drafting.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Drafting.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\s*(?<key>\w+): '(?<value>[^']+)',?\s*$", RegexOptions.Multiline)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"EventTypes\.(?<key>\w+)")]
    private static partial Regex Reference();
}
