using System.Globalization;
using System.Xml;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>Stamps tracked changes with the author, the date and an id unique in the document.</summary>
internal sealed class RevisionMarks
{
    private readonly ChangeAuthor _default;
    private readonly IReadOnlyDictionary<ClauseId, ChangeAuthor> _clauseAuthors;
    private readonly IReadOnlyDictionary<ClauseId, ChangeAuthor> _structureAuthors;
    private string _author;
    private string _date;
    private int _nextId = 1;

    public RevisionMarks(string author, DateTimeOffset date, IReadOnlyDictionary<ClauseId, ChangeAuthor> clauseAuthors,
        IReadOnlyDictionary<ClauseId, ChangeAuthor>? structureAuthors = null)
    {
        _default = new ChangeAuthor(author, date);
        _clauseAuthors = clauseAuthors;
        _structureAuthors = structureAuthors ?? new Dictionary<ClauseId, ChangeAuthor>();
        _author = Attribute(author);
        _date = Format(date);
    }

    /// <summary>Stamps the following marks with whoever last changed <paramref name="clause"/>.</summary>
    public void For(ClauseId clause)
    {
        var changed = _clauseAuthors.GetValueOrDefault(clause) ?? _default;
        _author = Attribute(changed.Name);
        _date = Format(changed.Date);
    }

    /// <summary>
    /// Stamps the following marks with whoever last inserted, deleted or moved <paramref name="clause"/> (a later edit of
    /// its words does not renumber anything), else with whoever last changed it.
    /// </summary>
    public void ForStructure(ClauseId clause)
    {
        var changed = _structureAuthors.GetValueOrDefault(clause) ?? _clauseAuthors.GetValueOrDefault(clause) ?? _default;
        _author = Attribute(changed.Name);
        _date = Format(changed.Date);
    }

    /// <summary>Writes the start tag of the next change, <c>w:ins</c> or <c>w:del</c>, with its id, author and date.</summary>
    public void WriteMarkStart(XmlWriter xml, string kind) => xml.WriteRaw(Tag(kind, selfClosing: false));

    /// <summary>Writes the mark of an inserted or deleted paragraph (its pilcrow): <c>w:ins</c> or <c>w:del</c> inside <c>w:pPr/w:rPr</c>.</summary>
    public void WriteMark(XmlWriter xml, string kind) => xml.WriteRaw(Tag(kind, selfClosing: true));

    private string Tag(string kind, bool selfClosing) => string.Create(CultureInfo.InvariantCulture,
        $"<w:{kind} w:id=\"{_nextId++}\" w:author=\"{_author}\" w:date=\"{_date}\"{(selfClosing ? "/>" : ">")}");

    /// <summary>An author's name escaped for an attribute written raw.</summary>
    private static string Attribute(string value) => System.Security.SecurityElement.Escape(XmlChars.Clean(value));

    private static string Format(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
