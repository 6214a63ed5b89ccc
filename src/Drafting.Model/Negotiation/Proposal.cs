using System.Collections.Immutable;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Negotiation;

/// <summary>
/// A change one delegation proposes to the text, which the pen-holder accepts (possibly as modified), rejects
/// or leaves open. Other delegations may join it; the proposing delegation may withdraw it.
/// </summary>
public sealed class Proposal
{
    /// <summary>The longest rationale, in characters.</summary>
    public const int MaxRationaleLength = 10_000;

    /// <summary>A proposal, validated for its kind.</summary>
    /// <exception cref="ArgumentException">A field its kind needs is missing, or one it does not take is given.</exception>
    public Proposal(
        Guid id,
        ProposalKind kind,
        string organization,
        ClauseId? clauseId,
        ClauseId? afterClauseId,
        ClauseKind? insertKind,
        ClauseId? parentId,
        string? text,
        int? baseVersion,
        string? baseText,
        string? rationale,
        ProposalStatus status = ProposalStatus.Open,
        IEnumerable<string>? supporters = null,
        ProposalVerdict? verdict = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organization);
        if (kind != ProposalKind.Insert && clauseId is null)
        {
            throw new ArgumentException($"A {kind.ToString().ToLowerInvariant()} proposal names the clause it changes (clauseId).", nameof(clauseId));
        }

        if (kind == ProposalKind.Replace && (text is null || baseVersion is null || baseText is null))
        {
            throw new ArgumentException("A replace proposal carries the new text and the version it was made on (baseVersion).", nameof(text));
        }

        if (kind == ProposalKind.Insert && (string.IsNullOrWhiteSpace(text) || insertKind is null))
        {
            throw new ArgumentException("An insert proposal carries the kind of paragraph and its text.", nameof(text));
        }

        if (kind == ProposalKind.Insert && (insertKind == ClauseKind.SubParagraph) != parentId.HasValue)
        {
            throw new ArgumentException("A proposed sub-paragraph names the clause it belongs to (parentId); other paragraphs do not.", nameof(parentId));
        }

        if (kind is ProposalKind.Delete && text is not null)
        {
            throw new ArgumentException("A delete proposal carries no text.", nameof(text));
        }

        if (text is { Length: > Clause.MaxTextLength })
        {
            throw new ArgumentException($"A clause holds at most {Clause.MaxTextLength:N0} characters.", nameof(text));
        }

        if (rationale is { Length: > MaxRationaleLength })
        {
            throw new ArgumentException($"A rationale holds at most {MaxRationaleLength:N0} characters.", nameof(rationale));
        }

        Id = id;
        Kind = kind;
        Organization = organization;
        ClauseId = clauseId;
        AfterClauseId = afterClauseId;
        InsertKind = insertKind;
        ParentId = parentId;
        Text = text;
        BaseVersion = baseVersion;
        BaseText = baseText;
        Rationale = string.IsNullOrWhiteSpace(rationale) ? null : rationale;
        Status = status;
        Supporters = [.. (supporters ?? []).Where(s => !string.Equals(s, organization, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
        Verdict = verdict;
    }

    /// <summary>A copy of <paramref name="source"/> at a new status: the constructor's checks held for it already.</summary>
    private Proposal(Proposal source, ProposalStatus status, ImmutableArray<string> supporters, ProposalVerdict? verdict)
    {
        Id = source.Id;
        Kind = source.Kind;
        Organization = source.Organization;
        ClauseId = source.ClauseId;
        AfterClauseId = source.AfterClauseId;
        InsertKind = source.InsertKind;
        ParentId = source.ParentId;
        Text = source.Text;
        BaseVersion = source.BaseVersion;
        BaseText = source.BaseText;
        Rationale = source.Rationale;
        Status = status;
        Supporters = supporters;
        Verdict = verdict;
    }

    /// <summary>The proposal's id.</summary>
    public Guid Id { get; }

    /// <summary>What it changes.</summary>
    public ProposalKind Kind { get; }

    /// <summary>The proposing delegation (the proposer's organization).</summary>
    public string Organization { get; }

    /// <summary>The clause replaced, deleted or moved; null for an insert.</summary>
    public ClauseId? ClauseId { get; }

    /// <summary>For an insert or a move: the clause the new or moved one is to follow; null for first in its list.</summary>
    public ClauseId? AfterClauseId { get; }

    /// <summary>For an insert: preambular, operative or sub-paragraph.</summary>
    public ClauseKind? InsertKind { get; }

    /// <summary>For an inserted sub-paragraph: the clause it belongs to.</summary>
    public ClauseId? ParentId { get; }

    /// <summary>The proposed text (replace, insert).</summary>
    public string? Text { get; }

    /// <summary>For a replace: the clause version it was made on.</summary>
    public int? BaseVersion { get; }

    /// <summary>For a replace: the clause's text at <see cref="BaseVersion"/>, the base of the word diff and of a merge.</summary>
    public string? BaseText { get; }

    /// <summary>Why (Markdown, rendered with raw HTML disabled); null when none was given.</summary>
    public string? Rationale { get; }

    /// <summary>Where it stands.</summary>
    public ProposalStatus Status { get; }

    /// <summary>The delegations that joined it, in the order they did (never the proposing one).</summary>
    public ImmutableArray<string> Supporters { get; }

    /// <summary>Who ended it, when, why and as what text; null while it is open.</summary>
    public ProposalVerdict? Verdict { get; }

    /// <summary>
    /// <paramref name="delegation"/> joins the proposal. Refused when it made the proposal, already supports it, or the
    /// proposal is no longer open.
    /// </summary>
    public Decision<Proposal> Support(string delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        if (NotOpen("supported") is { } closed)
        {
            return closed;
        }

        if (string.Equals(delegation, Organization, StringComparison.Ordinal))
        {
            return new Refusal(RefusalKind.Conflict, $"{delegation} made this proposal; another delegation may support it.");
        }

        return Supporters.Contains(delegation)
            ? new Refusal(RefusalKind.Conflict, $"{delegation} already supports this proposal.")
            : new Proposal(this, Status, Supporters.Add(delegation), Verdict);
    }

    /// <summary><paramref name="delegation"/> takes its proposal back; only the proposing delegation may.</summary>
    public Decision<Proposal> Withdraw(string delegation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        if (NotOpen("withdrawn") is { } closed)
        {
            return closed;
        }

        return string.Equals(delegation, Organization, StringComparison.Ordinal)
            ? new Proposal(this, ProposalStatus.Withdrawn, Supporters, new ProposalVerdict(null, at))
            : new Refusal(RefusalKind.Forbidden, $"Only {Organization}, which made this proposal, may withdraw it.");
    }

    /// <summary>The pen-holder (<paramref name="by"/>) rejects the proposal, saying why to its delegations.</summary>
    public Decision<Proposal> Reject(string by, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxReasonLength)
        {
            return Refusal.Invalid($"reason is required: why the proposal is not taken, at most {MaxReasonLength:N0} characters; its delegations see it.");
        }

        return NotOpen("rejected") is { } closed ? closed : new Proposal(this, ProposalStatus.Rejected, Supporters, new ProposalVerdict(by, at, trimmed));
    }

    /// <summary>The pen-holder (<paramref name="by"/>) accepts the proposal, as proposed or as <paramref name="acceptedText"/>.</summary>
    public Decision<Proposal> Accept(string by, string? acceptedText, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        return NotOpen("accepted") is { } closed ? closed : new Proposal(this, ProposalStatus.Accepted, Supporters, new ProposalVerdict(by, at, AcceptedText: acceptedText));
    }

    /// <summary>
    /// Ends an open proposal nobody decided: <see cref="ProposalStatus.Superseded"/> when the clauses it names are gone,
    /// <see cref="ProposalStatus.Closed"/> when the draft reached a final stage (<paramref name="reason"/> says which).
    /// </summary>
    public Decision<Proposal> Close(ProposalStatus status, string? reason, DateTimeOffset at)
    {
        if (status is not (ProposalStatus.Superseded or ProposalStatus.Closed))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A proposal is closed as superseded or closed; accept, reject and withdraw have their own transitions.");
        }

        return NotOpen("closed") is { } closed ? closed : new Proposal(this, status, Supporters, new ProposalVerdict(null, at, reason ?? Verdict?.Reason));
    }

    /// <summary>The longest reason for a rejection, in characters.</summary>
    public const int MaxReasonLength = 4_000;

    private Refusal? NotOpen(string action) => Status == ProposalStatus.Open
        ? null
        : new Refusal(RefusalKind.Conflict, $"This proposal is {Status.ToString().ToLowerInvariant()}; only an open proposal can be {action}.");

    /// <summary>The proposing delegation and its supporters.</summary>
    public IEnumerable<string> Delegations => Supporters.Prepend(Organization);

    /// <summary>The clause the proposal bears on: the one it changes, or the one an insert goes under or after.</summary>
    public ClauseId? Anchor => ClauseId ?? ParentId ?? AfterClauseId;

    /// <summary>
    /// Whether every clause the proposal names (the one it changes, the parent of an insert, the clause it is to follow)
    /// is still in <paramref name="resolution"/>. An open proposal that names a deleted clause no longer applies: it is
    /// superseded, said to its delegation rather than left open or carried to another place.
    /// </summary>
    public bool AppliesTo(Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return Named(ClauseId) && Named(ParentId) && Named(AfterClauseId);

        bool Named(ClauseId? id) => id is not { } clause || resolution.Find(clause) is not null;
    }

    /// <summary>"Ghana", "Ghana, supported by Kenya and Sierra Leone".</summary>
    public string DelegationsText => Supporters.IsEmpty
        ? Organization
        : $"{Organization}, supported by {(Supporters.Length == 1 ? Supporters[0] : string.Join(", ", Supporters[..^1]) + " and " + Supporters[^1])}";
}
