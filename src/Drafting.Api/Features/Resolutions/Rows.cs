namespace Drafting.Api.Features.Resolutions;

// Rows as Dapper reads them; ids and dates are text so the same SQL serves SQLite and PostgreSQL.

internal sealed class ResolutionRow
{
    public string Id { get; set; } = "";

    public string Organ { get; set; } = "";

    public string Formula { get; set; } = "";

    public string? Symbol { get; set; }

    public string? Title { get; set; }

    public string? Code { get; set; }

    public string? Date { get; set; }

    public string? Session { get; set; }

    /// <summary>One agenda item a line.</summary>
    public string? AgendaItems { get; set; }

    public string Stage { get; set; } = "";

    public long Version { get; set; }

    public long LastSeq { get; set; }

    public string Mode { get; set; } = "Open";

    public string? DecidedMeeting { get; set; }

    public string? DecidedOn { get; set; }

    public long? VotesInFavour { get; set; }

    public long? VotesAgainst { get; set; }

    public long? VotesAbstaining { get; set; }
}

internal sealed class NoteRow
{
    public string ClauseId { get; set; } = "";

    public long Position { get; set; }

    public long OffsetInText { get; set; }

    public string Text { get; set; } = "";
}

internal sealed class HeadingRow
{
    public string Id { get; set; } = "";

    public string BeforeClauseId { get; set; } = "";

    public string Text { get; set; } = "";
}

internal sealed class ClauseRow
{
    public string Id { get; set; } = "";

    public string? ParentId { get; set; }

    public string Kind { get; set; } = "";

    public long Position { get; set; }

    public string? Opening { get; set; }

    public string Text { get; set; } = "";

    public long Version { get; set; }

    public string? SubStyle { get; set; }
}

internal sealed class SponsorRow
{
    public long Position { get; set; }

    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string? JoinedOn { get; set; }

    public string? WithdrawnOn { get; set; }

    public long? JoinedRevision { get; set; }

    public long? WithdrawnRevision { get; set; }
}

/// <summary>A resolution's text as stored: its row, clauses, sponsors, headings and notes (kept whole as an export's base).</summary>
/// <param name="Resolution">The resolution row.</param>
/// <param name="Clauses">Its clauses.</param>
/// <param name="Sponsors">Its sponsors.</param>
/// <param name="Headings">Its headings.</param>
/// <param name="Notes">Its footnotes.</param>
internal sealed record ResolutionRows(ResolutionRow Resolution, List<ClauseRow> Clauses, List<SponsorRow> Sponsors, List<HeadingRow> Headings, List<NoteRow> Notes)
{
    /// <summary>The resolution these rows store.</summary>
    public Model.Resolutions.Resolution ToModel() => ResolutionMapping.ToResolution(Resolution, Clauses, Sponsors, Headings, Notes);
}
