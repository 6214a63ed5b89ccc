using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>What the shape tests share: import that must succeed, and the check that no line of text was lost.</summary>
internal static class ShapeImport
{
    public static Resolution Imported(string text, out ImportResult result)
    {
        result = ResolutionImporter.Default.Import(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Resolution!;
    }

    /// <summary>Every clause and heading text of <paramref name="resolution"/>, in document order, joined by spaces.</summary>
    public static string AllText(Resolution resolution)
    {
        var parts = new List<string>();
        parts.AddRange(resolution.Preambular.Select(c => c.Text));
        foreach (var clause in resolution.Operative)
        {
            if (resolution.HeadingBefore(clause.Id) is { } heading)
            {
                parts.Add(heading.Text);
            }

            parts.AddRange(clause.DescendantsAndSelf().Select(c => c.Text));
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// Asserts that each of <paramref name="words"/> (a word or phrase taken from every line of the body) is in the
    /// imported text: no line was silently dropped.
    /// </summary>
    public static void NothingDropped(Resolution resolution, params string[] words)
    {
        var all = AllText(resolution);
        foreach (var word in words)
        {
            Assert.Contains(word, all, StringComparison.Ordinal);
        }
    }
}
