using System.Globalization;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// Turns pasted text into numbered lines: rejects what is not text or too large, drops the byte order
/// mark, unifies line endings and removes the line numbers that PDF copies put at every line start.
/// </summary>
internal static partial class SourceText
{
    public static List<SourceLine>? Read(string text, List<ImportDiagnostic> diagnostics)
    {
        // The draft's own limit (ResolutionLimits) is the import's too: a text that could not be stored is not read.
        // Refused before any reading, so a giant paste costs no more than counting its characters.
        if (text.Length > ResolutionLimits.MaxCharacters)
        {
            var line = LineAt(text, ResolutionLimits.MaxCharacters);
            diagnostics.Add(Error(line, "too-large", string.Create(CultureInfo.InvariantCulture,
                $"The text has {text.Length:N0} characters; a draft may have at most {ResolutionLimits.MaxCharacters:N0}, which it passes at line {line:N0}. Nothing was imported.")));
            return null;
        }

        if (FirstBinaryCharacter(text) is { } binary)
        {
            diagnostics.Add(Error(LineAt(text, binary), "binary",
                $"This is not text: it holds the control character U+{(int)text[binary]:X4}. Paste the draft as text, or upload a .txt or .md file."));
            return null;
        }

        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var raw in text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\f', '\n').Split('\n'))
        {
            number++;
            lines.Add(new SourceLine(number, raw.Replace('\t', ' ').Replace('\u00A0', ' ').TrimEnd()));
        }

        if (lines.All(l => l.IsBlank))
        {
            diagnostics.Add(Error(0, "empty", "The text is empty: paste or upload a draft resolution."));
            return null;
        }

        return StripLineNumbers(lines, diagnostics);
    }

    /// <summary>
    /// PDF copies number every line ("17 1. *Aims* …", "- 40 4. *Requests* …"). When most non-blank lines
    /// start with a number that counts up by one from line to line, those numbers are not part of the text.
    /// </summary>
    private static List<SourceLine> StripLineNumbers(List<SourceLine> lines, List<ImportDiagnostic> diagnostics)
    {
        var nonBlank = lines.Where(l => !l.IsBlank).ToList();
        var numbers = nonBlank.Select(l => LineNumberPrefix().Match(l.Text)).ToList();
        var consecutive = 0;
        int? previous = null;
        foreach (var match in numbers)
        {
            if (!match.Success)
            {
                continue;
            }

            var value = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (previous + 1 == value)
            {
                consecutive++;
            }

            previous = value;
        }

        if (nonBlank.Count < 4 || consecutive < nonBlank.Count * 0.6)
        {
            return lines;
        }

        var stripped = new List<SourceLine>(lines.Count);
        var lastContent = lines.FindLastIndex(l => !l.IsBlank);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var match = LineNumberPrefix().Match(line.Text);
            if (!match.Success)
            {
                stripped.Add(line);
                continue;
            }

            var rest = line.Text[match.Length..].TrimStart();
            if (rest.Length == 0 && i == lastContent && line.Text.TrimStart().StartsWith('-'))
            {
                diagnostics.Add(new ImportDiagnostic(line.Number, DiagnosticSeverity.Warning, "stray-line",
                    $"'{line.Text.Trim()}' is a stray line number at the end and was ignored."));
            }

            stripped.Add(line with { Text = rest });
        }

        return stripped;
    }

    private static int? FirstBinaryCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not '\n' and not '\r' and not '\t' and not '\f') || c == '\uFFFD' || c == '\u007F')
            {
                return i;
            }
        }

        return null;
    }

    public static int LineAt(string text, int index)
    {
        var line = 1;
        var end = Math.Min(index, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static ImportDiagnostic Error(int line, string code, string message) =>
        new(line, DiagnosticSeverity.Error, code, message);

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?<n>\d{1,5})(?=\s|$)")]
    private static partial Regex LineNumberPrefix();
}
