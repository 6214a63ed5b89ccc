using System.Collections.Immutable;

namespace Drafting.Model.Diff;

/// <summary>
/// Carries positions in a text (footnote markers) across an edit of that text, word by word, so that a marker
/// stays after the word it followed: words inserted or deleted before it shift it, words inserted right after it
/// do not, and a marker after words that were replaced follows their replacement.
/// </summary>
public static class TextPositions
{
    /// <summary>Where each of <paramref name="offsets"/> in <paramref name="oldText"/> stands in <paramref name="newText"/>.</summary>
    public static ImmutableArray<int> Carry(string oldText, string newText, IReadOnlyList<int> offsets)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentNullException.ThrowIfNull(offsets);
        if (oldText == newText || offsets.Count == 0)
        {
            return [.. offsets.Select(o => Math.Clamp(o, 0, newText.Length))];
        }

        var segments = WordDiff.Compare(oldText, newText);
        return [.. offsets.Select(o => Math.Clamp(CarryOne(segments, newText, o), 0, newText.Length))];
    }

    private static int CarryOne(ImmutableArray<DiffSegment> segments, string newText, int offset)
    {
        var oldAt = 0;
        var newAt = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            var length = segments[i].Text.Length;
            switch (segments[i].Kind)
            {
                case SegmentKind.Equal when offset <= oldAt + length:
                    return newAt + (offset - oldAt);
                case SegmentKind.Equal:
                    oldAt += length;
                    newAt += length;
                    break;
                case SegmentKind.Inserted:
                    newAt += length;
                    break;
                case SegmentKind.Deleted when offset <= oldAt + length:
                    // A deletion precedes its insertion: the words that replaced these, if any.
                    var replacement = string.Concat(segments.Skip(i + 1).TakeWhile(s => s.Kind == SegmentKind.Inserted).Select(s => s.Text));
                    var kept = segments[i].Text[..(offset - oldAt)];
                    if (kept.Length > 0 && replacement.StartsWith(kept, StringComparison.Ordinal)
                        && (replacement.Length == kept.Length || !char.IsLetterOrDigit(replacement[kept.Length])))
                    {
                        // "thereto," became "thereto, as amended,": the chunks differ only in what follows.
                        return newAt + kept.Length;
                    }

                    if (offset == oldAt + length && replacement.Length > 0)
                    {
                        // After replaced words: after what took their place.
                        return newAt + replacement.Length;
                    }

                    // Inside or after deleted words: right after the last word kept before them.
                    while (newAt > 0 && char.IsWhiteSpace(newText[newAt - 1]))
                    {
                        newAt--;
                    }

                    return newAt;
                case SegmentKind.Deleted:
                    oldAt += length;
                    break;
            }
        }

        return newAt;
    }
}
