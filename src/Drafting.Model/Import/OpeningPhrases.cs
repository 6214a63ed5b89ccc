using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// The opening phrases of UN resolutions ("Recalling further", "Strongly condemns"), read from the
/// shipped list <c>Import/Data/opening-phrases.txt</c>, which names its sources.
/// </summary>
public sealed class OpeningPhrases
{
    private readonly Dictionary<string, string[]> _preambular;
    private readonly Dictionary<string, string[]> _operative;

    private OpeningPhrases(IEnumerable<string> preambular, IEnumerable<string> operative)
    {
        _preambular = ByFirstWord(preambular);
        _operative = ByFirstWord(operative);
    }

    /// <summary>The shipped list.</summary>
    public static OpeningPhrases Default { get; } = Load();

    /// <summary>Whether <paramref name="opening"/> is a known phrase for a clause of <paramref name="kind"/>.</summary>
    public bool IsKnown(ClauseKind kind, string opening) =>
        Match(kind, opening) is { } found && found.Length == opening.Length;

    /// <summary>The longest known phrase that starts <paramref name="text"/> as whole words, or null.</summary>
    public string? Match(ClauseKind kind, string text) => kind switch
    {
        ClauseKind.Preambular => Longest(_preambular, text),
        ClauseKind.Operative => Longest(_operative, text),
        _ => Longest(_operative, text) ?? Longest(_preambular, text),
    };

    /// <summary>
    /// The opening of a clause's text: a known phrase when one starts it; otherwise, for preambular and
    /// operative paragraphs, the first words up to and including the first verb-like word (lint reports it as unknown);
    /// sub-paragraphs without a known phrase have no opening.
    /// </summary>
    public string? Detect(ClauseKind kind, string text)
    {
        if (Match(kind, text) is { } known)
        {
            return known;
        }

        return kind == ClauseKind.SubParagraph ? null : Guess(text);
    }

    /// <summary>Leading adverbs ("Strongly", "Also", "Further") and the verb-like word after them.</summary>
    internal static string? Guess(string text)
    {
        var end = 0;
        for (var words = 0; words < 4; words++)
        {
            var start = end;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var stop = start;
            while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '-' or '\''))
            {
                stop++;
            }

            if (stop == start)
            {
                break;
            }

            end = stop;
            var word = text[start..stop];
            var adverb = word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                || word is "Also" or "Further" or "Again" or "also" or "further" or "again";
            if (!adverb)
            {
                break;
            }
        }

        return end == 0 || !char.IsUpper(text[0]) ? null : text[..end];
    }

    private static string? Longest(Dictionary<string, string[]> phrases, string text)
    {
        var firstWordEnd = 0;
        while (firstWordEnd < text.Length && char.IsLetter(text[firstWordEnd]))
        {
            firstWordEnd++;
        }

        if (firstWordEnd == 0 || !phrases.TryGetValue(text[..firstWordEnd], out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (text.Length >= phrase.Length
                && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length])))
            {
                return text[..phrase.Length];
            }
        }

        return null;
    }

    private static Dictionary<string, string[]> ByFirstWord(IEnumerable<string> phrases) =>
        phrases
            .GroupBy(p => p.Split(' ')[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static OpeningPhrases Load()
    {
        var preambular = new List<string>();
        var operative = new List<string>();
        List<string>? section = null;
        foreach (var line in EmbeddedData.Lines("opening-phrases.txt"))
        {
            section = line switch
            {
                "[preambular]" => preambular,
                "[operative]" => operative,
                _ => section,
            };
            if (!line.StartsWith('['))
            {
                (section ?? throw new InvalidOperationException("opening-phrases.txt: a phrase stands before any section."))
                    .Add(line);
            }
        }

        return new OpeningPhrases(preambular, operative);
    }
}
