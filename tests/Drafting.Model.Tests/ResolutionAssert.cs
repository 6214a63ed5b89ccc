using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests;

/// <summary>Compares resolutions by content, ignoring ids (a re-import makes new ones).</summary>
internal static class ResolutionAssert
{
    public static void SameContent(Resolution expected, Resolution actual)
    {
        Assert.Equal(expected.Organ, actual.Organ);
        Assert.Equal(expected.Formula, actual.Formula);
        Assert.Equal(expected.Symbol, actual.Symbol);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Sponsors.Where(s => s.IsActive).Select(s => s.Name), actual.Sponsors.Select(s => s.Name));
        Assert.Equal(Describe(expected.Preambular), Describe(actual.Preambular));
        Assert.Equal(Describe(expected.Operative), Describe(actual.Operative));
        Assert.Equal(DescribeHeadings(expected), DescribeHeadings(actual));
    }

    /// <summary>
    /// One line per heading: the number of the operative paragraph it stands before ("p" and the preambular paragraph's
    /// number for a heading in the preamble), and its text.
    /// </summary>
    public static IEnumerable<string> DescribeHeadings(Resolution resolution) =>
        resolution.Headings.Select(h => resolution.Preambular.Any(c => c.Id == h.BeforeClauseId)
            ? $"p{resolution.Preambular.IndexOf(resolution.Preambular.First(c => c.Id == h.BeforeClauseId)) + 1}|{h.Text}"
            : $"{resolution.Operative.IndexOf(resolution.Operative.First(c => c.Id == h.BeforeClauseId)) + 1}|{h.Text}");

    /// <summary>One line per clause: depth, kind, label style, opening, text and footnotes.</summary>
    public static IEnumerable<string> Describe(IEnumerable<Clause> clauses, int depth = 0) =>
        clauses.SelectMany(c => Describe(c.SubParagraphs, depth + 1)
            .Prepend($"{depth}|{c.Kind}|{c.SubParagraphStyle}|{c.Opening}|{c.Text}|{string.Join("|", c.Notes.Select(n => $"{n.Offset}:{n.Text}"))}"));
}
