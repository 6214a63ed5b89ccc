using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>A resolution imported from seed 001 with one participant per role and an outsider.</summary>
public sealed class Scenario : IAsyncDisposable
{
    private Scenario(DraftingApplication app) => App = app;

    public DraftingApplication App { get; }

    public Guid ResolutionId { get; private set; }

    public JsonElement Resolution { get; private set; }

    public Dictionary<string, HttpClient> Clients { get; } = [];

    public HttpClient Penholder => Clients["penholder"];

    public static async Task<Scenario> CreateAsync(DraftingApplication? app = null)
    {
        var scenario = new Scenario(app ?? new DraftingApplication());
        var users = new[] { ("penholder", "France"), ("drafter", "Ghana"), ("observer", "African Union"), ("secretary", "Secretariat"), ("outsider", "Chile") };
        foreach (var (name, organization) in users)
        {
            scenario.Clients[name] = await scenario.App.UserAsync(name, organization);
        }

        scenario.Clients["anonymous"] = scenario.App.CreateClient();
        var import = new StringContent(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-001-peacekeepers-safety.md")), System.Text.Encoding.UTF8, "text/markdown");
        var response = await scenario.Penholder.PostAsync("/api/resolutions/import", import);
        response.EnsureSuccessStatusCode();
        scenario.Resolution = await response.Content.ReadFromJsonAsync<JsonElement>();
        scenario.ResolutionId = scenario.Resolution.GetProperty("id").GetGuid();
        foreach (var role in new[] { "drafter", "observer", "secretary" })
        {
            var added = await scenario.Penholder.PostAsJsonAsync($"/api/resolutions/{scenario.ResolutionId}/participants", new { userName = role, role });
            added.EnsureSuccessStatusCode();
        }

        return scenario;
    }

    public string Path(string suffix = "") => $"/api/resolutions/{ResolutionId}{suffix}";

    public string ClauseId(string part, int index) => Resolution.GetProperty(part)[index].GetProperty("id").GetString()!;

    public async Task<JsonElement> CurrentAsync() =>
        await Penholder.GetFromJsonAsync<JsonElement>(Path());

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }
}
