using System.Data.Common;
using Dapper;
using Drafting.Model.Diff;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>How a resolution is read with its clauses, sponsors, headings, notes and running silence, in one batch.</summary>
public sealed partial class ResolutionStore
{
    private const string SelectResolution =
        """
        SELECT id, organ, formula, symbol, title, code, date, session, agenda_items, stage, version, last_seq, mode,
               decided_meeting, decided_on, votes_in_favour, votes_against, votes_abstaining
        FROM resolutions WHERE id = @rid
        """;

    private const string SelectClauses =
        "SELECT id, parent_id, kind, position, opening, text, version, sub_style FROM clauses WHERE resolution_id = @rid";

    private const string SelectHeadings =
        "SELECT id, before_clause_id, text FROM headings WHERE resolution_id = @rid";

    private const string SelectNotes =
        "SELECT clause_id, position, offset_in_text, text FROM notes WHERE resolution_id = @rid";

    /// <summary>The running silence of <c>@rid</c>, if any (its deadline may have come: the reader decides).</summary>
    internal const string SelectRunningSilence =
        "SELECT resolution_id, id, revision, until_at, status, started_by, started_at, ended_at FROM silences WHERE resolution_id = @rid AND status = 'Running'";

    private const string SelectSponsors =
        "SELECT position, name, role, joined_on, withdrawn_on, joined_revision, withdrawn_revision FROM sponsors WHERE resolution_id = @rid";

    /// <summary>The resolution, the seq of its last event and its negotiation state, read in one batch.</summary>
    internal static async Task<LoadedResolution?> LoadAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await LoadRowsAsync(connection, transaction, id, cancellationToken)) is { } loaded ? Loaded(loaded.Rows, loaded.Silence) : null;

    /// <summary>The resolution its rows store, with the seq of its last event and its negotiation state.</summary>
    internal static LoadedResolution Loaded(ResolutionRows rows, StoredSilence? silence) =>
        new(rows.ToModel(), rows.Resolution.LastSeq, new NegotiationState(Enum.Parse<EditingMode>(rows.Resolution.Mode), silence?.ToModel()));

    /// <summary>The resolution's rows as stored and its running silence, read in one batch; null when it does not exist.</summary>
    internal static async Task<(ResolutionRows Rows, StoredSilence? Silence)?> LoadRowsAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"{SelectResolution};\n{SelectClauses};\n{SelectSponsors};\n{SelectHeadings};\n{SelectNotes};\n{SelectRunningSilence};", new { rid = id.ToString() }, transaction, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<ResolutionRow>();
        var clauses = (await results.ReadAsync<ClauseRow>()).AsList();
        var sponsors = (await results.ReadAsync<SponsorRow>()).AsList();
        var headings = (await results.ReadAsync<HeadingRow>()).AsList();
        var notes = (await results.ReadAsync<NoteRow>()).AsList();
        var silence = await results.ReadSingleOrDefaultAsync<StoredSilence>();
        return row is null ? null : (new ResolutionRows(row, clauses, sponsors, headings, notes), silence);
    }
}
