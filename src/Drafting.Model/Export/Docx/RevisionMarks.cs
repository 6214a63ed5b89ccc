using System.Globalization;
using System.Xml;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>Stamps tracked changes with the author, the date and an id unique in the document.</summary>
internal sealed class RevisionMarks
{
    private readonly ChangeAuthor _default;
    private readonly IReadOnlyDictionary<ClauseId, ChangeAuthor> _clauseAuthors;
    private string _author;
    private string _date;
    private int _nextId = 1;

    public RevisionMarks(string author, DateTimeOffset date, IReadOnlyDictionary<ClauseId, ChangeAuthor> clauseAuthors)
    {
        _default = new ChangeAuthor(author, date);
        _clauseAuthors = clauseAuthors;
        _author = author;
        _date = Format(date);
    }

    /// <summary>Stamps the following marks with whoever last changed <paramref name="clause"/>.</summary>
    public void For(ClauseId clause)
    {
        var changed = _clauseAuthors.GetValueOrDefault(clause) ?? _default;
        _author = changed.Name;
        _date = Format(changed.Date);
    }

    /// <summary>Writes the id, author and date of the next change on the element being written.</summary>
    public void WriteAttributes(XmlWriter xml)
    {
        xml.WriteAttributeString("w", "id", WordXml.W, (_nextId++).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("w", "author", WordXml.W, XmlChars.Clean(_author));
        xml.WriteAttributeString("w", "date", WordXml.W, _date);
    }

    /// <summary>Writes the mark of an inserted or deleted paragraph (its pilcrow): <c>w:ins</c> or <c>w:del</c> inside <c>w:pPr/w:rPr</c>.</summary>
    public void WriteMark(XmlWriter xml, string kind)
    {
        xml.WriteStartElement("w", kind, WordXml.W);
        WriteAttributes(xml);
        xml.WriteEndElement();
    }

    private static string Format(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
