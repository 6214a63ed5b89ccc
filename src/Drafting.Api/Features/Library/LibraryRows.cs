namespace Drafting.Api.Features.Library;

/// <summary>A row of <c>library_documents</c>: one adopted resolution.</summary>
public sealed class LibraryDocumentRow
{
    /// <summary>The library id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The symbol as printed.</summary>
    public string Symbol { get; set; } = "";

    /// <summary>The adopting organ.</summary>
    public string Organ { get; set; } = "";

    /// <summary>The adoption date (yyyy-MM-dd), if stated.</summary>
    public string? AdoptedOn { get; set; }

    /// <summary>The General Assembly session, if stated.</summary>
    public long? Session { get; set; }

    /// <summary>The agenda item, if stated.</summary>
    public string? AgendaItem { get; set; }

    /// <summary>The title, if any.</summary>
    public string? Title { get; set; }

    /// <summary>The enacting formula.</summary>
    public string Formula { get; set; } = "";

    /// <summary>The file it was last imported from.</summary>
    public string FileName { get; set; } = "";

    /// <summary>How many headings and paragraphs it holds.</summary>
    public long ParagraphCount { get; set; }

    /// <summary>Newest first, then by symbol: the list's order and cursor.</summary>
    public string SortKey { get; set; } = "";

    /// <summary>When it was first imported.</summary>
    public string ImportedAt { get; set; } = "";

    /// <summary>When it was last imported.</summary>
    public string UpdatedAt { get; set; } = "";
}

/// <summary>A row of <c>library_paragraphs</c>.</summary>
public sealed class LibraryParagraphRow
{
    /// <summary>The paragraph's row id.</summary>
    public long Id { get; set; }

    /// <summary>Its document.</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>Its place in the document, from 0.</summary>
    public long Position { get; set; }

    /// <summary>preambular, operative, subParagraph or heading.</summary>
    public string Kind { get; set; } = "";

    /// <summary>0 for paragraphs and headings; 1 and more for sub-paragraphs.</summary>
    public long Depth { get; set; }

    /// <summary>The printed number or label.</summary>
    public string Number { get; set; } = "";

    /// <summary>How a delegate cites it ("OP 5 (a)").</summary>
    public string Reference { get; set; } = "";

    /// <summary>The italic opening, if any.</summary>
    public string? Opening { get; set; }

    /// <summary>The plain text.</summary>
    public string Text { get; set; } = "";
}

/// <summary>A library paragraph found by a search, with its document.</summary>
public sealed class LibraryHitRow
{
    /// <summary>The paragraph's row id.</summary>
    public long ParagraphId { get; set; }

    /// <summary>Its document.</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>The paragraph's place in its document.</summary>
    public long Position { get; set; }

    /// <summary>The document's symbol.</summary>
    public string Symbol { get; set; } = "";

    /// <summary>How the paragraph is cited.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The adoption date, if stated.</summary>
    public string? AdoptedOn { get; set; }

    /// <summary>The paragraph's text.</summary>
    public string Text { get; set; } = "";

    /// <summary>The document's title, where the query reads it (a paragraph's series across the years); else null.</summary>
    public string? Title { get; set; }

    /// <summary>The document's organ, where the query reads it (a paragraph's series across the years); else null.</summary>
    public string? Organ { get; set; }

    /// <summary>The document's agenda item, where the query reads it (a Council paragraph's series across the years); else null.</summary>
    public string? AgendaItem { get; set; }
}

/// <summary>A library paragraph a candidate query found, before it is read whole: its document and its stored normalized words.</summary>
/// <param name="DocumentId">The paragraph's document.</param>
/// <param name="Words">Its words as search normalizes them, one space apart (<see cref="Drafting.Model.Library.SearchWords.Normalized"/>).</param>
public sealed record LibraryCandidate(string DocumentId, string Words);

/// <summary>What a paragraph's candidates are searched by: its rarest words, and the lengths a close paragraph may have.</summary>
/// <param name="Words">Its candidate words, rarest first (<see cref="Drafting.Model.Library.AgreedLanguage.CandidateWords"/>).</param>
/// <param name="FewestWords">The fewest words a candidate may hold and still be close enough (<see cref="Drafting.Model.Library.SimilarityScorer.ComparableLengths"/>).</param>
/// <param name="MostWords">The most words a candidate may hold and still be close enough.</param>
public sealed record CandidateSearch(IReadOnlyList<string> Words, int FewestWords, int MostWords)
{
    /// <summary>The search of <paramref name="words"/> for a paragraph scored by <paramref name="scorer"/>, against the check's threshold.</summary>
    public static CandidateSearch For(IReadOnlyList<string> words, Drafting.Model.Library.SimilarityScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var (fewest, most) = scorer.ComparableLengths(Drafting.Model.Library.AgreedLanguage.Threshold);
        return new CandidateSearch(words, fewest, most);
    }
}

/// <summary>A library paragraph with how close it is to the paragraph it was found for (<see cref="Drafting.Model.Library.SimilarityScorer"/>).</summary>
/// <param name="Row">The paragraph.</param>
/// <param name="Similarity">From the threshold to 1.</param>
public sealed record ScoredHit(LibraryHitRow Row, double Similarity);
