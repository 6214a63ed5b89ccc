using System.Globalization;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Contract.Events;
using Drafting.Model.Comments;
using Drafting.Model.Diff;
using Drafting.Model.Negotiation;

namespace Drafting.Api.Features.Negotiation;

/// <summary>Turns stored proposals and silences into the contract's DTOs and event payloads.</summary>
public static class NegotiationMapping
{
    /// <summary>The proposal as clients see it.</summary>
    public static ProposalDto ToDto(this StoredProposal row)
    {
        var model = row.ToModel();
        var changes = model is { Kind: ProposalKind.Replace, BaseText: { } before, Text: { } after } ? Segments(before, after) : null;
        return new ProposalDto(
            model.Id, Guid.Parse(row.ResolutionId), row.Seq, model.Kind, model.Status,
            model.Organization, model.Supporters, model.DelegationsText, new AuthorDto(row.ProposerId, row.ProposerName, row.Organization),
            row.ClauseId, row.AfterClauseId, model.InsertKind, row.ParentId,
            row.Text, (int?)row.BaseVersion, changes,
            row.Rationale, row.Rationale is null ? null : CommentMarkdown.ToHtml(row.Rationale),
            row.DecidedBy, row.DecidedAt, row.Reason, row.AcceptedText, row.CreatedAt, SourceDto.FromStored(row.Source));
    }

    /// <summary>What accepting the proposal would give to <paramref name="current"/>, with the word diffs a reader needs to judge it.</summary>
    public static ProposalPreviewDto PreviewDto(this Proposal proposal, Model.Resolutions.Resolution current)
    {
        var preview = ProposalAcceptance.Preview(current, proposal);
        return new ProposalPreviewDto(
            proposal.Id, preview.BasedOnOlderText, preview.ClauseVersion, preview.CurrentText, preview.Result,
            preview is { CurrentText: { } now, Result: { } result } ? Segments(now, result) : null,
            preview.BasedOnOlderText && proposal.BaseText is { } before && preview.CurrentText is { } after ? Segments(before, after) : null,
            preview.Refusal?.Message);
    }

    private static List<SegmentDto> Segments(string before, string after) => [.. WordDiff.Compare(before, after).Select(s => new SegmentDto(s.Kind, s.Text))];

    /// <summary>The payload of a proposal's events: the proposal as clients see it (its seq is the event's own).</summary>
    public static ProposalPayload ProposalPayload(StoredProposal proposal) => proposal.ToDto().ToPayload();

    /// <summary>The proposal as its events carry it, with seq 0: the envelope's seq is the event's.</summary>
    public static ProposalPayload ToPayload(this ProposalDto p) => new(
        p.Id, p.ResolutionId, 0, EventPayloads.Name(p.Kind), EventPayloads.Name(p.Status),
        p.Organization, p.Supporters, p.Delegations, p.ProposedBy.ToPayload(),
        p.ClauseId, p.AfterClauseId, p.InsertKind is { } kind ? EventPayloads.Name(kind) : null, p.ParentId,
        p.Text, p.BaseVersion, p.Changes?.Select(s => new SegmentPayload(EventPayloads.Name(s.Kind), s.Text)).ToList(),
        p.Rationale, p.RationaleHtml, p.DecidedBy, p.DecidedAt, p.Reason, p.AcceptedText, p.CreatedAt, p.Source?.ToPayload());

    /// <summary>The silence as clients see it at <paramref name="now"/>.</summary>
    public static SilenceDto ToDto(this StoredSilence? row, DateTimeOffset now)
    {
        if (row is null)
        {
            return new SilenceDto("none", null, null, null, [], 0);
        }

        var model = row.ToModel();
        return new SilenceDto(
            EventPayloads.Name(model.StatusAt(now)), model.Revision, Timestamp(model.Until), row.StartedAt,
            [.. model.Breaks.Select(b => new SilenceBreakDto(b.Organization, b.Statement, Timestamp(b.At)))], row.Seq);
    }

    /// <summary>One silence as the record shows it, its status decided from the deadline at <paramref name="now"/>.</summary>
    public static SilenceRecordDto ToRecord(this StoredSilence row, DateTimeOffset now)
    {
        var model = row.ToModel();
        return new SilenceRecordDto(
            row.Id, EventPayloads.Name(model.StatusAt(now)), model.Revision, Timestamp(model.Until), row.StartedAt,
            new SilencePersonDto(row.StartedByName ?? "", row.StartedByOrganization ?? ""),
            row.EndedAt,
            row.EndedBy is null ? null : new SilencePersonDto(row.EndedByName ?? "", row.EndedByOrganization ?? ""),
            [.. row.Breaks.Zip(model.Breaks, (stored, heard) => new SilenceBreakDto(heard.Organization, heard.Statement, Timestamp(heard.At), stored.ByName))]);
    }

    /// <summary>The payload of a silence's events.</summary>
    public static SilenceChangedPayload SilencePayload(StoredSilence silence, DateTimeOffset now) => silence.ToDto(now).ToPayload();

    /// <summary>The silence as its events carry it, with seq 0: the envelope's seq is the event's.</summary>
    public static SilenceChangedPayload ToPayload(this SilenceDto silence) => new(
        silence.Status, silence.Revision, silence.Until, silence.StartedAt,
        [.. silence.BrokenBy.Select(b => new SilenceBreakPayload(b.Organization, b.Statement, b.At, b.By))], 0);

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
