namespace Drafting.Model.Library;

/// <summary>
/// An adopted resolution as its official Akoma Ntoso gives it: read-only agreed language. Unlike a draft
/// <see cref="Resolutions.Resolution"/>, its paragraph numbers are the printed ones, kept as published.
/// </summary>
/// <param name="Symbol">The document symbol, e.g. <c>A/RES/78/113</c> or <c>S/RES/1908 (2010)</c>.</param>
/// <param name="Organ">The adopting organ, e.g. "General Assembly".</param>
/// <param name="AdoptedOn">The adoption date, when the document states one.</param>
/// <param name="Session">The General Assembly session, when stated.</param>
/// <param name="AgendaItem">The agenda item, when stated (e.g. "84").</param>
/// <param name="Title">The resolution's title (General Assembly resolutions have one).</param>
/// <param name="Formula">The enacting formula ("The General Assembly,").</param>
/// <param name="Paragraphs">Every heading and paragraph, in document order.</param>
public sealed record AdoptedText(
    string Symbol,
    string Organ,
    DateOnly? AdoptedOn,
    int? Session,
    string? AgendaItem,
    string? Title,
    string Formula,
    IReadOnlyList<LibraryParagraph> Paragraphs)
{
    /// <summary>The paragraphs that are agreed language: preambular, operative and sub-paragraphs (headings left out).</summary>
    public IEnumerable<LibraryParagraph> Clauses => Paragraphs.Where(p => p.Kind != LibraryParagraphKind.Heading);
}

/// <summary>What a library paragraph is.</summary>
public enum LibraryParagraphKind
{
    /// <summary>A preambular paragraph.</summary>
    Preambular,

    /// <summary>An operative paragraph.</summary>
    Operative,

    /// <summary>A sub-paragraph of an operative (or, rarely, a preambular) paragraph.</summary>
    SubParagraph,

    /// <summary>An unnumbered heading between paragraphs.</summary>
    Heading,
}

/// <summary>One paragraph or heading of an adopted text.</summary>
/// <param name="Position">Its place in the document, from 0.</param>
/// <param name="Kind">Preambular, operative, sub-paragraph or heading.</param>
/// <param name="Depth">0 for paragraphs and headings, 1 for a sub-paragraph, 2 for a sub-paragraph of one, and so on.</param>
/// <param name="Number">The number or label as printed ("5.", "(a)"); empty when the XML gives none.</param>
/// <param name="Reference">How a delegate cites it: "PP 3", "OP 5", "OP 5 (a)", "section II, OP 2"; empty for a heading.</param>
/// <param name="Text">The plain text, opening included, footnotes left out, white space collapsed.</param>
/// <param name="Opening">The italic opening phrase, when the paragraph starts with one.</param>
public sealed record LibraryParagraph(int Position, LibraryParagraphKind Kind, int Depth, string Number, string Reference, string Text, string? Opening);
