namespace Drafting.Model.Tests;

/// <summary>The real drafts shipped in fixtures/.</summary>
internal static class Fixtures
{
    public static string Seed000 => Read("seed-000-regional-partnerships.md");

    public static string Seed001 => Read("seed-001-peacekeepers-safety.md");

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", name));
}
