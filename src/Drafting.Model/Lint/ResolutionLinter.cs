using System.Text.RegularExpressions;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Lint;

/// <summary>
/// Editorial checks of UN practice: clause punctuation, opening phrases, the closing "seized" paragraph
/// of Security Council drafts, sponsors, and balanced brackets and quotes.
/// </summary>
public sealed partial class ResolutionLinter(OpeningPhrases? phrases = null, MemberStates? states = null)
{
    private readonly OpeningPhrases _phrases = phrases ?? OpeningPhrases.Default;
    private readonly MemberStates _states = states ?? MemberStates.Default;

    /// <summary>A linter with the shipped phrase and Member State lists.</summary>
    public static ResolutionLinter Default { get; } = new();

    /// <summary>Every finding, in document order.</summary>
    public IReadOnlyList<LintFinding> Lint(Resolution resolution)
    {
        var findings = new List<LintFinding>();
        CheckSponsors(resolution, findings);
        for (var i = 0; i < resolution.Preambular.Length; i++)
        {
            var clause = resolution.Preambular[i];
            var label = $"Preambular paragraph {i + 1}";
            CheckOpening(clause, label, findings);
            if (!clause.Text.EndsWith(','))
            {
                findings.Add(new(clause.Id, "pp-punctuation", $"{label} should end with a comma.", LintSeverity.Warning));
            }
        }

        for (var i = 0; i < resolution.Operative.Length; i++)
        {
            var clause = resolution.Operative[i];
            var isLast = i == resolution.Operative.Length - 1;
            CheckOpening(clause, $"Operative paragraph {i + 1}", findings);
            CheckOperativePunctuation(clause, ClauseLabels.ForOperative(i).TrimEnd('.'), isLast, findings);
        }

        CheckSeized(resolution, findings);
        foreach (var clause in resolution.AllClauses)
        {
            CheckBalance(clause, findings);
        }

        return findings;
    }

    private void CheckOpening(Clause clause, string label, List<LintFinding> findings)
    {
        if (clause.Opening is null)
        {
            if (clause.Text.Length > 0)
            {
                findings.Add(new(clause.Id, "missing-opening", $"{label} does not open with a phrase such as \"{(clause.Kind == ClauseKind.Preambular ? "Recalling" : "Requests")}\".", LintSeverity.Warning));
            }
        }
        else if (!_phrases.IsKnown(clause.Kind, clause.Opening))
        {
            findings.Add(new(clause.Id, "unknown-opening", $"{label} opens with \"{clause.Opening}\", which is not a usual {(clause.Kind == ClauseKind.Preambular ? "preambular" : "operative")} phrase.", LintSeverity.Info));
        }
    }

    /// <summary>
    /// An operative paragraph ends with a semicolon, the last one with a full stop. When it has
    /// sub-paragraphs its lead-in ends with a colon and its last sub-paragraph carries that ending.
    /// </summary>
    private static void CheckOperativePunctuation(Clause clause, string label, bool isLast, List<LintFinding> findings)
    {
        var ending = isLast ? '.' : ';';
        var endingName = isLast ? "a full stop (last operative paragraph)" : "a semicolon";
        if (clause.SubParagraphs.IsEmpty)
        {
            if (!clause.Text.EndsWith(ending))
            {
                findings.Add(new(clause.Id, "op-punctuation", $"Operative paragraph {label} should end with {endingName}.", LintSeverity.Warning));
            }

            return;
        }

        if (clause.Text.Length > 0 && !clause.Text.EndsWith(':'))
        {
            findings.Add(new(clause.Id, "op-colon", $"Operative paragraph {label} introduces sub-paragraphs and should end with a colon.", LintSeverity.Warning));
        }

        CheckSubParagraphs(clause, label, ending, endingName, findings);
    }

    private static void CheckSubParagraphs(Clause parent, string parentLabel, char finalEnding, string finalEndingName, List<LintFinding> findings)
    {
        for (var i = 0; i < parent.SubParagraphs.Length; i++)
        {
            var sub = parent.SubParagraphs[i];
            var label = parentLabel + ClauseLabels.For(parent.SubParagraphStyle ?? LabelStyle.LetterInParentheses, i);
            var isLast = i == parent.SubParagraphs.Length - 1;
            if (!sub.SubParagraphs.IsEmpty)
            {
                if (sub.Text.Length > 0 && !sub.Text.EndsWith(':'))
                {
                    findings.Add(new(sub.Id, "sub-colon", $"Sub-paragraph {label} introduces sub-paragraphs and should end with a colon.", LintSeverity.Warning));
                }

                CheckSubParagraphs(sub, label, isLast ? finalEnding : ';', isLast ? finalEndingName : "a semicolon", findings);
                continue;
            }

            var expected = isLast ? finalEnding : ';';
            if (!EndsWith(sub.Text, expected))
            {
                var name = isLast ? finalEndingName : "a semicolon";
                findings.Add(new(sub.Id, "sub-punctuation", $"Sub-paragraph {label} should end with {name}, not \"{sub.Text[^1]}\".", LintSeverity.Warning));
            }
        }
    }

    /// <summary>"…; and" and "…; or" count as a semicolon ending.</summary>
    private static bool EndsWith(string text, char ending) =>
        text.EndsWith(ending) || (ending == ';' && SemicolonConjunction().IsMatch(text));

    private static void CheckSeized(Resolution resolution, List<LintFinding> findings)
    {
        if (!resolution.Organ.IsSecurityCouncil || resolution.Operative.IsEmpty)
        {
            return;
        }

        var last = resolution.Operative[^1];
        if (!Seized().IsMatch(last.Text))
        {
            findings.Add(new(last.Id, "seized", "A Security Council draft ends with \"Decides to remain seized of the matter.\" (or \"actively seized\").", LintSeverity.Warning));
        }
    }

    private void CheckSponsors(Resolution resolution, List<LintFinding> findings)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sponsor in resolution.Sponsors.Where(s => s.IsActive))
        {
            if (!seen.Add(sponsor.Name))
            {
                findings.Add(new(null, "duplicate-sponsor", $"{sponsor.Name} is listed twice among the sponsors.", LintSeverity.Warning));
            }
            else if (!_states.IsKnown(sponsor.Name))
            {
                findings.Add(new(null, "unknown-sponsor", $"\"{sponsor.Name}\" is not the name of a UN Member State or observer State as UN documents write it.", LintSeverity.Warning));
            }
        }
    }

    private static void CheckBalance(Clause clause, List<LintFinding> findings)
    {
        foreach (var (open, close, name) in new[] { ('(', ')', "parentheses"), ('[', ']', "square brackets"), ('\u201C', '\u201D', "quotation marks") })
        {
            var depth = 0;
            foreach (var c in clause.Text)
            {
                depth += c == open ? 1 : c == close ? -1 : 0;
                if (depth < 0)
                {
                    break;
                }
            }

            if (depth != 0)
            {
                findings.Add(new(clause.Id, "unbalanced", $"The {name} in \"{Excerpt(clause.Text)}\" do not pair up.", LintSeverity.Error));
            }
        }

        if (clause.Text.Count(c => c == '"') % 2 != 0)
        {
            findings.Add(new(clause.Id, "unbalanced", $"The straight quotation marks in \"{Excerpt(clause.Text)}\" do not pair up.", LintSeverity.Error));
        }
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    [GeneratedRegex(@";\s+(?:and|or)$")]
    private static partial Regex SemicolonConjunction();

    [GeneratedRegex(@"^(?:Decides|Decides also|Further decides) to remain (?:actively )?seized of the matter\.$")]
    private static partial Regex Seized();
}
