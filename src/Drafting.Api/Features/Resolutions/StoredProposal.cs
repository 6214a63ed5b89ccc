using System.Globalization;
using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Contract.Events;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>A proposal as stored; ids and dates are text so the same SQL serves SQLite and PostgreSQL.</summary>
public sealed class StoredProposal
{
    /// <summary>The columns, in the order <see cref="InsertSql"/> and the selects use.</summary>
    internal const string Columns =
        "resolution_id, id, kind, clause_id, after_clause_id, insert_kind, parent_id, text, base_version, base_text, rationale, organization, proposer_id, proposer_name, supporters, status, decided_by, decided_at, reason, accepted_text, created_at, source";

    internal const string InsertSql = $"""
        INSERT INTO proposals ({Columns})
        VALUES (@ResolutionId, @Id, @Kind, @ClauseId, @AfterClauseId, @InsertKind, @ParentId, @Text, @BaseVersion, @BaseText, @Rationale, @Organization, @ProposerId, @ProposerName, @Supporters, @Status, @DecidedBy, @DecidedAt, @Reason, @AcceptedText, @CreatedAt, @Source)
        """;

    internal const string UpdateSql = """
        UPDATE proposals SET supporters = @Supporters, status = @Status, decided_by = @DecidedBy, decided_at = @DecidedAt, reason = @Reason, accepted_text = @AcceptedText
        WHERE resolution_id = @ResolutionId AND id = @Id
        """;

    /// <summary>Its resolution.</summary>
    public string ResolutionId { get; set; } = "";

    /// <summary>Its id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Replace, Insert, Delete or Move (enum name).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The clause replaced, deleted or moved.</summary>
    public string? ClauseId { get; set; }

    /// <summary>The clause an insert or move is to follow; null for first.</summary>
    public string? AfterClauseId { get; set; }

    /// <summary>For an insert: the kind of paragraph (enum name).</summary>
    public string? InsertKind { get; set; }

    /// <summary>For an inserted sub-paragraph: its parent.</summary>
    public string? ParentId { get; set; }

    /// <summary>The proposed text.</summary>
    public string? Text { get; set; }

    /// <summary>For a replace: the clause version it was made on.</summary>
    public long? BaseVersion { get; set; }

    /// <summary>For a replace: the clause text at that version.</summary>
    public string? BaseText { get; set; }

    /// <summary>Why (Markdown).</summary>
    public string? Rationale { get; set; }

    /// <summary>The proposing delegation.</summary>
    public string Organization { get; set; } = "";

    /// <summary>The person who proposed it.</summary>
    public string ProposerId { get; set; } = "";

    /// <summary>Their name when they proposed it.</summary>
    public string ProposerName { get; set; } = "";

    /// <summary>The supporting delegations, a JSON array in the order they joined.</summary>
    public string Supporters { get; set; } = "[]";

    /// <summary>Open, Accepted, Rejected, Withdrawn or Superseded (enum name).</summary>
    public string Status { get; set; } = nameof(ProposalStatus.Open);

    /// <summary>Who accepted or rejected it.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>When it was decided, withdrawn or superseded (UTC, ISO 8601).</summary>
    public string? DecidedAt { get; set; }

    /// <summary>The reason given for a rejection.</summary>
    public string? Reason { get; set; }

    /// <summary>The text the pen-holder accepted it as, when modified.</summary>
    public string? AcceptedText { get; set; }

    /// <summary>When it was made (UTC, ISO 8601).</summary>
    public string CreatedAt { get; set; } = "";

    /// <summary>For an insert: the adopted paragraph its text was taken from (a <see cref="Drafting.Model.Library.ParagraphSource"/> as JSON); null when none.</summary>
    public string? Source { get; set; }

    /// <summary>The seq of the event that last stored it (not a column: set by the store that logged it).</summary>
    public long Seq { get; set; }

    /// <summary>The supporting delegations.</summary>
    public IReadOnlyList<string> SupporterList
    {
        get => JsonSerializer.Deserialize<List<string>>(Supporters) ?? [];
        set => Supporters = JsonSerializer.Serialize(value);
    }

    /// <summary>The status as the model's enum.</summary>
    public ProposalStatus StatusValue => Enum.Parse<ProposalStatus>(Status);

    /// <summary>The proposal as the model sees it.</summary>
    public Proposal ToModel() => new(
        Guid.Parse(Id), Enum.Parse<ProposalKind>(Kind), Organization,
        Clause(ClauseId), Clause(AfterClauseId), InsertKind is null ? null : Enum.Parse<ClauseKind>(InsertKind), Clause(ParentId),
        Text, (int?)BaseVersion, BaseText, Rationale, StatusValue, SupporterList,
        DecidedAt is null ? null : new ProposalVerdict(DecidedBy, DateTimeOffset.Parse(DecidedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), Reason, AcceptedText));

    /// <summary>This row after the model's transition to <paramref name="decided"/>: status, supporters and verdict; the rest as stored.</summary>
    public StoredProposal With(Proposal decided)
    {
        ArgumentNullException.ThrowIfNull(decided);
        var row = Copy();
        row.Status = decided.Status.ToString();
        row.SupporterList = decided.Supporters;
        row.DecidedBy = decided.Verdict?.By;
        row.DecidedAt = decided.Verdict is { } verdict ? EventLog.Timestamp(verdict.At) : null;
        row.Reason = decided.Verdict?.Reason;
        row.AcceptedText = decided.Verdict?.AcceptedText;
        return row;
    }

    /// <summary>A copy to change and store again.</summary>
    public StoredProposal Copy() => (StoredProposal)MemberwiseClone();

    private static ClauseId? Clause(string? id) => id is null ? null : new ClauseId(id);
}

/// <summary>The payload of a proposal's <c>ProposalAdded</c> or <c>ProposalChanged</c> event, as the negotiation feature shapes it.</summary>
/// <param name="proposal">The proposal as stored.</param>
/// <returns>The JSON payload to log.</returns>
public delegate ProposalPayload ProposalEventPayload(StoredProposal proposal);
