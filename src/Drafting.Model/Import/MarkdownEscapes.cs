using System.Text.RegularExpressions;

namespace Drafting.Model.Import;

/// <summary>
/// Removes the backslashes Markdown puts before punctuation ("\[on the report of …\]"), as the Word reader and the
/// Markdown export write them: masthead lines are recognized by their plain words, however the paste escaped them.
/// </summary>
internal static partial class MarkdownEscapes
{
    /// <summary><paramref name="text"/> without Markdown escapes; the same string when it holds no backslash.</summary>
    public static string Unescape(string text) =>
        text.Contains('\\', StringComparison.Ordinal) ? Escaped().Replace(text, "$1") : text;

    [GeneratedRegex(@"\\([\\*_\[\]`<>&#.()+\-!])")]
    private static partial Regex Escaped();
}
