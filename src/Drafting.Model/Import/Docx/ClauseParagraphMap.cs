using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// Which clause of an imported resolution each Word paragraph became: the paragraphs and the clauses are walked
/// together in document order, a paragraph matching a clause when its text, typed label aside, is the clause's text.
/// </summary>
internal static partial class ClauseParagraphMap
{
    /// <summary>How far ahead a clause is looked for before a paragraph is taken as one that became no clause (masthead, heading).</summary>
    private const int Lookahead = 8;

    public static Dictionary<int, Clause> Build(IReadOnlyList<WordParagraph> paragraphs, Resolution resolution)
    {
        var clauses = resolution.AllClauses.ToList();
        var map = new Dictionary<int, Clause>();
        var next = 0;
        foreach (var paragraph in paragraphs)
        {
            var text = Normalize(paragraph.Text);
            if (text.Length == 0)
            {
                continue;
            }

            for (var k = next; k < clauses.Count && k < next + Lookahead; k++)
            {
                var clause = Normalize(clauses[k].Text);
                if (clause.Length > 0 && (text == clause || (text.EndsWith(clause, StringComparison.Ordinal) && TypedLabel().IsMatch(text[..^clause.Length]))))
                {
                    map[paragraph.Number] = clauses[k];
                    next = k + 1;
                    break;
                }
            }
        }

        return map;
    }

    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.|\(?[a-zA-Z]{1,4}[.)]|\(\d{1,2}\)|[\u2013\u2014\u2022-])\s*$")]
    private static partial Regex TypedLabel();
}
