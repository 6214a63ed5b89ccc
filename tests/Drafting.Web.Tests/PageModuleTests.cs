using System.Text.RegularExpressions;

namespace Drafting.Web.Tests;

/// <summary>
/// The page's modules keep their layers (README, "What is where"): a feature (js/features/&lt;name&gt;) never imports
/// another feature — features talk through the context and the state — and core and state import no feature or page.
/// </summary>
public partial class PageModuleTests
{
    [Fact]
    public void No_feature_imports_another_features_module()
    {
        var crossings = Imports()
            .Where(i => Feature(i.From) is { } from && Feature(i.To) is { } to && from != to)
            .Select(i => $"{Relative(i.From)} imports {Relative(i.To)}")
            .ToList();
        Assert.True(crossings.Count == 0, "Features talk through context/state only:\n" + string.Join("\n", crossings));
    }

    [Fact]
    public void Core_and_state_import_no_feature_and_no_page()
    {
        var crossings = Imports()
            .Where(i => Layer(i.From) is "core" or "state" && Layer(i.To) is "features" or "pages")
            .Where(i => !(Layer(i.From) == "core" && Layer(i.To) == "state"))
            .Select(i => $"{Relative(i.From)} imports {Relative(i.To)}")
            .ToList();
        Assert.True(crossings.Count == 0, string.Join("\n", crossings));
    }

    [Fact]
    public void No_script_or_style_decides_by_a_roles_name()
    {
        // What a page offers comes from the server's permissions (CallerPermissionsDto); a role's name is only shown.
        var deciding = Directory.GetFiles(ContractTests.Scripts, "*.js", SearchOption.AllDirectories)
            .SelectMany(file => RoleComparison().Matches(File.ReadAllText(file)).Select(m => $"{Relative(file)}: {m.Value}"))
            .ToList();
        var styles = Path.Combine(ContractTests.Scripts, "..", "css", "drafting.css");
        deciding.AddRange(File.ReadAllLines(styles).Where(line => line.Contains("data-role", StringComparison.Ordinal)).Select(line => $"drafting.css: {line}"));
        Assert.True(deciding.Count == 0, "Decide from permissions:\n" + string.Join("\n", deciding));
    }

    [Fact]
    public void The_resolution_page_preloads_its_whole_module_graph_and_nothing_else()
    {
        // A cold load fetches every module at once instead of one import level after another; a module added to the
        // graph and not to the page's list would be fetched late again.
        var html = File.ReadAllText(Path.Combine(ContractTests.Scripts, "..", "resolution.html"));
        var preloaded = Preload().Matches(html).Select(m => m.Groups["path"].Value).Order(StringComparer.Ordinal).ToList();
        var entry = Path.GetFullPath(Path.Combine(ContractTests.Scripts, "pages", "resolution.js"));
        var graph = new HashSet<string>();
        var imports = Imports().ToLookup(i => i.From, i => i.To);
        var pending = new Stack<string>([entry]);
        while (pending.TryPop(out var module))
        {
            foreach (var imported in imports[module].Where(graph.Add))
            {
                pending.Push(imported);
            }
        }

        Assert.Equal(graph.Select(Relative).Order(StringComparer.Ordinal), preloaded);
    }

    [Fact]
    public void Every_import_names_a_module_that_exists()
    {
        var missing = Imports().Where(i => !File.Exists(i.To)).Select(i => $"{Relative(i.From)} imports {Relative(i.To)}").ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_feature_has_a_mount()
    {
        var features = Directory.GetDirectories(Path.Combine(ContractTests.Scripts, "features"));
        Assert.NotEmpty(features);
        foreach (var feature in features)
        {
            var index = Path.Combine(feature, "index.js");
            Assert.True(File.Exists(index) && File.ReadAllText(index).Contains("export function mount(context)", StringComparison.Ordinal),
                $"{Path.GetFileName(feature)} has no index.js exporting mount(context)");
        }
    }

    private static IEnumerable<(string From, string To)> Imports() =>
        from file in Directory.GetFiles(ContractTests.Scripts, "*.js", SearchOption.AllDirectories)
        from match in Import().Matches(File.ReadAllText(file))
        select (file, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, match.Groups["path"].Value)));

    private static string Relative(string path) => Path.GetRelativePath(ContractTests.Scripts, path).Replace('\\', '/');

    private static string Layer(string path) => Relative(path).Split('/')[0];

    /// <summary>The feature a module belongs to (features/&lt;name&gt;/…), or null outside features.</summary>
    private static string? Feature(string path) => Relative(path).Split('/') is ["features", var name, ..] ? name : null;

    [GeneratedRegex(@"<link rel=""modulepreload"" href=""/_content/Drafting.Web/js/(?<path>[^""]+)"">")]
    private static partial Regex Preload();

    [GeneratedRegex(@"role\s*[!=]==?\s*'(?:penholder|drafter|observer|secretary)'|'(?:penholder|drafter|observer|secretary)'\s*[!=]==?\s*[\w.?]*role\b")]
    private static partial Regex RoleComparison();

    // Static imports only: a JSDoc type reference (`@param {import('…').Type}`) loads nothing.
    [GeneratedRegex(@"^import\s(?:[^'\n]*?\sfrom\s*)?'(?<path>\.{1,2}/[^']+)'", RegexOptions.Multiline)]
    private static partial Regex Import();
}
