using System.Globalization;
using Dapper;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Turns stored rows into the immutable model and back.</summary>
internal static class ResolutionMapping
{
    public static Resolution ToResolution(ResolutionRow row, IEnumerable<ClauseRow> clauses, IEnumerable<SponsorRow> sponsors, IEnumerable<HeadingRow> headings, IEnumerable<NoteRow> notes)
    {
        var byParent = clauses.ToLookup(c => c.ParentId);
        var notesByClause = notes.ToLookup(n => n.ClauseId);
        var top = byParent[null].OrderBy(c => c.Position).ToList();
        return new Resolution(
            Guid.Parse(row.Id),
            new Organ(row.Organ),
            row.Formula,
            top.Where(c => c.Kind == nameof(ClauseKind.Preambular)).Select(c => ToClause(c, byParent, notesByClause)),
            top.Where(c => c.Kind == nameof(ClauseKind.Operative)).Select(c => ToClause(c, byParent, notesByClause)),
            sponsors.OrderBy(s => s.Position).Select(ToSponsor),
            row.Symbol,
            row.Title,
            row.Code,
            row.Date is null ? null : DateOnly.Parse(row.Date, CultureInfo.InvariantCulture),
            Enum.Parse<Stage>(row.Stage),
            (int)row.Version,
            headings.Select(h => new Heading(new ClauseId(h.Id), h.Text, new ClauseId(h.BeforeClauseId))),
            ToDecision(row),
            row.Session,
            AgendaItems(row.AgendaItems));
    }

    /// <summary>The agenda items stored one a line.</summary>
    private static string[] AgendaItems(string? stored) =>
        stored?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The columns a naming change rewrites: title, symbol, session and agenda items.</summary>
    public static object NamingParameters(Resolution resolution) => new
    {
        rid = resolution.Id.ToString(),
        title = resolution.Title,
        symbol = resolution.Symbol,
        session = resolution.Session,
        agendaItems = StoredAgendaItems(resolution),
    };

    private static string? StoredAgendaItems(Resolution resolution) =>
        resolution.AgendaItems.IsEmpty ? null : string.Join('\n', resolution.AgendaItems);

    private static DecisionRecord? ToDecision(ResolutionRow row) =>
        row.DecidedOn is null
            ? null
            : new DecisionRecord(row.DecidedMeeting, DateOnly.Parse(row.DecidedOn, CultureInfo.InvariantCulture),
                row.VotesInFavour is { } inFavour ? new Vote((int)inFavour, (int)(row.VotesAgainst ?? 0), (int)(row.VotesAbstaining ?? 0)) : null);

    /// <summary>The columns a stage change rewrites: the stage, and with a decision the symbol, date and decision's columns.</summary>
    public static DynamicParameters StageParameters(Resolution resolution) => WithDecision(new
    {
        rid = resolution.Id.ToString(),
        stage = resolution.Stage.ToString(),
        symbol = resolution.Symbol,
        date = resolution.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }, resolution);

    /// <summary><paramref name="columns"/> and the decision's columns, null all when there is none.</summary>
    private static DynamicParameters WithDecision(object columns, Resolution resolution)
    {
        var parameters = new DynamicParameters(columns);
        parameters.AddDynamicParams(new
        {
            decidedMeeting = resolution.Decided?.Meeting,
            decidedOn = resolution.Decided?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            votesInFavour = resolution.Decided?.Vote?.InFavour,
            votesAgainst = resolution.Decided?.Vote?.Against,
            votesAbstaining = resolution.Decided?.Vote?.Abstaining,
        });
        return parameters;
    }

    private static Clause ToClause(ClauseRow row, ILookup<string?, ClauseRow> byParent, ILookup<string, NoteRow> notes) =>
        new(new ClauseId(row.Id),
            Enum.Parse<ClauseKind>(row.Kind),
            row.Text,
            row.Opening,
            byParent[row.Id].OrderBy(c => c.Position).Select(c => ToClause(c, byParent, notes)),
            row.SubStyle is null ? null : Enum.Parse<LabelStyle>(row.SubStyle),
            (int)row.Version,
            // A text edit rewrites the text only; a note left past a shortened text stays at its end.
            notes[row.Id].OrderBy(n => n.Position).Select(n => new Note((int)Math.Min(n.OffsetInText, row.Text.Length), n.Text)));

    private static Sponsor ToSponsor(SponsorRow row) =>
        new(row.Name,
            Enum.Parse<SponsorRole>(row.Role),
            row.JoinedOn is null ? null : DateOnly.Parse(row.JoinedOn, CultureInfo.InvariantCulture),
            row.WithdrawnOn is null ? null : DateOnly.Parse(row.WithdrawnOn, CultureInfo.InvariantCulture),
            (int?)row.JoinedRevision,
            (int?)row.WithdrawnRevision);

    public static DynamicParameters ResolutionParameters(Resolution resolution, long lastSeq, string now) => WithDecision(new
    {
        id = resolution.Id.ToString(),
        organ = resolution.Organ.Name,
        formula = resolution.Formula,
        symbol = resolution.Symbol,
        title = resolution.Title,
        code = resolution.Code,
        date = resolution.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        session = resolution.Session,
        agendaItems = StoredAgendaItems(resolution),
        stage = resolution.Stage.ToString(),
        version = resolution.Version,
        lastSeq,
        now,
    }, resolution);

    /// <summary>The clause rows of <paramref name="resolution"/>, as stored: compared by value to write only those that changed.</summary>
    public static IEnumerable<ClauseValues> ClauseParameters(Resolution resolution)
    {
        var rid = resolution.Id.ToString();
        IEnumerable<ClauseValues> Rows(IEnumerable<Clause> clauses, string? parentId) =>
            clauses.SelectMany((c, position) => Rows(c.SubParagraphs, c.Id.Value).Prepend(new ClauseValues(
                rid, c.Id.Value, parentId, c.Kind.ToString(), position, c.Opening, c.Text, c.Version, c.SubParagraphStyle?.ToString())));
        return Rows(resolution.Preambular, null).Concat(Rows(resolution.Operative, null));
    }

    /// <summary>The note rows of <paramref name="resolution"/>, as stored.</summary>
    public static IEnumerable<NoteValues> NoteParameters(Resolution resolution) =>
        resolution.AllClauses.SelectMany(c => c.Notes.Select((n, position) => new NoteValues(resolution.Id.ToString(), c.Id.Value, position, n.Offset, n.Text)));

    /// <summary>The heading rows of <paramref name="resolution"/>, as stored.</summary>
    public static IEnumerable<HeadingValues> HeadingParameters(Resolution resolution) =>
        resolution.Headings.Select(h => new HeadingValues(resolution.Id.ToString(), h.Id.Value, h.BeforeClauseId.Value, h.Text));

    public static IEnumerable<object> SponsorParameters(Resolution resolution) =>
        resolution.Sponsors.Select((s, position) => new
        {
            resolutionId = resolution.Id.ToString(),
            position,
            name = s.Name,
            role = s.Role.ToString(),
            joinedOn = s.Joined?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            withdrawnOn = s.Withdrawn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            joinedRevision = s.JoinedRevision,
            withdrawnRevision = s.WithdrawnRevision,
        });
}

/// <summary>One clause row's columns (the names are the SQL parameters').</summary>
internal sealed record ClauseValues(string ResolutionId, string Id, string? ParentId, string Kind, int Position, string? Opening, string Text, int Version, string? SubStyle);

/// <summary>One note row's columns.</summary>
internal sealed record NoteValues(string ResolutionId, string ClauseId, int Position, int OffsetInText, string Text);

/// <summary>One heading row's columns.</summary>
internal sealed record HeadingValues(string ResolutionId, string Id, string BeforeClauseId, string Text);
