using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>Stamps tracked changes with the author, the date and an id unique in the document.</summary>
internal sealed class RevisionMarks
{
    private readonly ChangeAuthor _default;
    private readonly IReadOnlyDictionary<ClauseId, ChangeAuthor> _clauseAuthors;
    private string _author;
    private DateTime _date;
    private int _nextId = 1;

    public RevisionMarks(string author, DateTimeOffset date, IReadOnlyDictionary<ClauseId, ChangeAuthor> clauseAuthors)
    {
        _default = new ChangeAuthor(author, date);
        _clauseAuthors = clauseAuthors;
        _author = author;
        _date = date.UtcDateTime;
    }

    /// <summary>Stamps the following marks with whoever last changed <paramref name="clause"/>.</summary>
    public void For(ClauseId clause)
    {
        var changed = _clauseAuthors.GetValueOrDefault(clause) ?? _default;
        _author = changed.Name;
        _date = changed.Date.UtcDateTime;
    }

    public InsertedRun InsertedRun(Run run) => new(run) { Id = NextId(), Author = _author, Date = _date };

    public DeletedRun DeletedRun(Run run) => new(run) { Id = NextId(), Author = _author, Date = _date };

    /// <summary>The mark of an inserted paragraph (its pilcrow), inside <c>w:pPr/w:rPr</c>.</summary>
    public Inserted InsertedMark() => new() { Id = NextId(), Author = _author, Date = _date };

    /// <summary>The mark of a deleted paragraph (its pilcrow), inside <c>w:pPr/w:rPr</c>.</summary>
    public Deleted DeletedMark() => new() { Id = NextId(), Author = _author, Date = _date };

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);
}
