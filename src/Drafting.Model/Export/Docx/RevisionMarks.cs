using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Export.Docx;

/// <summary>Stamps tracked changes with the author, the date and an id unique in the document.</summary>
internal sealed class RevisionMarks(string author, DateTimeOffset date)
{
    private readonly DateTime _date = date.UtcDateTime;
    private int _nextId = 1;

    public InsertedRun InsertedRun(Run run) => new(run) { Id = NextId(), Author = author, Date = _date };

    public DeletedRun DeletedRun(Run run) => new(run) { Id = NextId(), Author = author, Date = _date };

    /// <summary>The mark of an inserted paragraph (its pilcrow), inside <c>w:pPr/w:rPr</c>.</summary>
    public Inserted InsertedMark() => new() { Id = NextId(), Author = author, Date = _date };

    /// <summary>The mark of a deleted paragraph (its pilcrow), inside <c>w:pPr/w:rPr</c>.</summary>
    public Deleted DeletedMark() => new() { Id = NextId(), Author = author, Date = _date };

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);
}
