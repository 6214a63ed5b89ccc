using System.Text.RegularExpressions;
using DiffPlex;

namespace Drafting.Model.Diff;

/// <summary>
/// Splits clause text into words, runs of white space and single punctuation marks, so that a comma
/// changed to a semicolon is its own change and never drags the word before it along. A comma or full stop
/// between two digits is part of the number ("14,400", "1,000,000", "2.5"), so a changed number is one
/// replaced word; followed by a space or ending the text ("1, 2 and 3", "in 2016.") it is punctuation.
/// </summary>
public sealed partial class WordChunker : IChunker
{
    /// <summary>The one instance; it holds no state.</summary>
    public static WordChunker Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Chunk(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"(?:[\p{L}\p{N}_'’-]|(?<=\p{N})[.,](?=\p{N}))+|\s+|[^\p{L}\p{N}\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
