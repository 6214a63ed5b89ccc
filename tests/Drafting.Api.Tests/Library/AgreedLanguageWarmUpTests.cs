using Drafting.Api.Features.Library;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests.Library;

/// <summary>A node warms the agreed-language check when it starts, from the library it finds.</summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    /// <summary>
    /// A second node on the corpus's database checks, before any request, the 48 texts it makes from the library's 24
    /// newest paragraphs; a node on an empty library checks none, and both keep answering.
    /// </summary>
    [Fact]
    public async Task A_node_started_on_a_library_warms_the_check_with_texts_made_from_it_before_any_request()
    {
        await using var second = new DraftingApplication(connectionString: Corpus.App.ConnectionString);
        _ = second.Server;
        Assert.Equal(48, await second.Services.GetRequiredService<AgreedLanguageWarmUp>().Checked.WaitAsync(TimeSpan.FromMinutes(5), Cancel));

        await using var empty = new DraftingApplication(connectionString: Corpus.App.IsPostgreSql ? await (await Servers.PostgreSqlServer.SharedAsync()).CreateDatabaseAsync() : null);
        _ = empty.Server;
        Assert.Equal(0, await empty.Services.GetRequiredService<AgreedLanguageWarmUp>().Checked.WaitAsync(TimeSpan.FromMinutes(5), Cancel));
        using var admin = await empty.AdminAsync();
        Assert.True((await admin.GetAsync("/api/library", Cancel)).IsSuccessStatusCode);
    }
}
