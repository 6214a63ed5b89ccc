using System.Text.Json;

namespace Drafting.Model.Library;

/// <summary>
/// The adopted paragraph a clause or proposal was taken from, recorded with it so that its history says where the words
/// come from ("from A/RES/78/218, OP 5"). Kept as it was when taken: a later re-import of the library changes nothing here.
/// </summary>
public sealed record ParagraphSource
{
    /// <summary>The largest stored form, in characters: far above a symbol and a citation, so a row never holds more.</summary>
    public const int MaxJsonLength = 600;

    /// <summary>A source, validated: every part given and short.</summary>
    /// <param name="libraryId">The library document.</param>
    /// <param name="paragraph">The paragraph in it: "p" and its position, as the library and its search name it.</param>
    /// <param name="symbol">The document's symbol ("A/RES/78/218").</param>
    /// <param name="number">How the paragraph is cited ("OP 5", "OP 5 (a)").</param>
    public ParagraphSource(Guid libraryId, string paragraph, string symbol, string number)
    {
        if (libraryId == Guid.Empty)
        {
            throw new ArgumentException("A source names its library document.", nameof(libraryId));
        }

        if (!IsParagraphId(paragraph))
        {
            throw new ArgumentException($"'{paragraph}' is not a library paragraph ('p' and its position).", nameof(paragraph));
        }

        if (string.IsNullOrWhiteSpace(symbol) || symbol.Length > 200)
        {
            throw new ArgumentException("A source has a symbol of at most 200 characters.", nameof(symbol));
        }

        ArgumentNullException.ThrowIfNull(number);
        if (number.Length > 200)
        {
            throw new ArgumentException("A source's citation has at most 200 characters.", nameof(number));
        }

        LibraryId = libraryId;
        Paragraph = paragraph;
        Symbol = symbol;
        Number = number;
    }

    /// <summary>The library document.</summary>
    public Guid LibraryId { get; }

    /// <summary>The paragraph in it ("p12").</summary>
    public string Paragraph { get; }

    /// <summary>The document's symbol.</summary>
    public string Symbol { get; }

    /// <summary>The paragraph's citation ("OP 5").</summary>
    public string Number { get; }

    /// <summary>As a delegate says it: "from A/RES/78/218, OP 5".</summary>
    public string Label => Number.Length == 0 ? $"from {Symbol}" : $"from {Symbol}, {Number}";

    /// <summary>The paragraph's position in its document, from its id.</summary>
    public int Position => int.Parse(Paragraph.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="paragraph"/> names a library paragraph: "p" and a position.</summary>
    public static bool IsParagraphId(string? paragraph) =>
        paragraph is { Length: > 1 and <= 8 } && paragraph[0] == 'p' && paragraph.Skip(1).All(char.IsAsciiDigit);

    /// <summary>The stored form (one JSON object).</summary>
    public string ToJson() => JsonSerializer.Serialize(new Stored(LibraryId, Paragraph, Symbol, Number));

    /// <summary>
    /// How the stored form of every source taken from the document <paramref name="libraryId"/> begins (its id is the
    /// first member): what a store finds them by with <c>LIKE</c>, the id holding no wildcard.
    /// </summary>
    public static string StoredBeginning(Guid libraryId)
    {
        var json = new ParagraphSource(libraryId, "p1", "-", "").ToJson();
        return json[..json.IndexOf(',', StringComparison.Ordinal)];
    }

    /// <summary>A stored form read back; null for null.</summary>
    public static ParagraphSource? FromJson(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new FormatException("A stored source is a JSON object.");
        return new ParagraphSource(stored.LibraryId, stored.Paragraph, stored.Symbol, stored.Number);
    }

    private sealed record Stored(Guid LibraryId, string Paragraph, string Symbol, string Number);
}
