using System.Globalization;

namespace Drafting.Model.Resolutions;

/// <summary>
/// How large a resolution may grow, so that one user's giant import cannot hold the one writer for everyone. Both
/// limits stand far above real texts: the largest of the 408 official resolutions in the corpus
/// (<c>shared/corpus/unxml</c>) has about 390 paragraphs and sub-paragraphs (A/RES/75/212) and about 110,000
/// characters of text (S/RES/2253 (2015)), so the limits leave more than ten and nine times that room.
/// </summary>
public static class ResolutionLimits
{
    /// <summary>The most paragraphs a resolution holds: preambular, operative and sub-paragraphs together.</summary>
    public const int MaxParagraphs = 5_000;

    /// <summary>The most characters of a resolution's paragraphs together, and of a text or Word file's text to import.</summary>
    public const int MaxCharacters = 1_000_000;

    /// <summary>Why <paramref name="updated"/> may not be stored where <paramref name="before"/> stood, or null: a change that grows the text past a limit is refused, one that shrinks it never is.</summary>
    public static string? Exceeded(Resolution before, Resolution updated)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(updated);
        var (paragraphs, characters) = Size(updated);
        var (paragraphsBefore, charactersBefore) = Size(before);
        if (paragraphs > MaxParagraphs && paragraphs > paragraphsBefore)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"A resolution holds at most {MaxParagraphs:N0} paragraphs (sub-paragraphs included); this change would make {paragraphs:N0}. Nothing was stored.");
        }

        return characters > MaxCharacters && characters > charactersBefore
            ? string.Create(CultureInfo.InvariantCulture,
                $"A resolution holds at most {MaxCharacters:N0} characters of text; this change would make {characters:N0}. Nothing was stored.")
            : null;
    }

    /// <summary>The paragraphs (sub-paragraphs included) and characters of text of <paramref name="resolution"/>.</summary>
    public static (int Paragraphs, long Characters) Size(Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var paragraphs = 0;
        long characters = 0;
        foreach (var clause in resolution.AllClauses)
        {
            paragraphs++;
            characters += clause.Text.Length;
        }

        return (paragraphs, characters);
    }
}
