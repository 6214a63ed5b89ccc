using System.ComponentModel.DataAnnotations;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
using Drafting.Contract.Events;
using Drafting.Model.Diff;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Revisions;

/// <summary>A request to publish the current state; <c>label</c> defaults to "Zero draft", "Rev.1" ….</summary>
public sealed record PublishRevisionRequest(string? Label = null);

/// <summary>A published revision as listed.</summary>
public sealed record RevisionDto(int Number, string Label, Stage Stage, int Version, long Seq, string? Symbol, string PublishedAt, AuthorDto PublishedBy, int SponsorCount)
{
    /// <summary>The JSON form of a stored revision.</summary>
    public static RevisionDto From(RevisionRow row) => new(
        (int)row.Number, row.Label, Enum.Parse<Stage>(row.Stage), (int)row.Version, row.Seq, row.Symbol, row.PublishedAt,
        new AuthorDto(row.PublishedById, row.PublishedByName, row.PublishedByOrganization), (int)row.SponsorCount);

    /// <summary>The revision as its <c>RevisionPublished</c> event carries it.</summary>
    public RevisionPublishedPayload ToPayload() => new(Number, Label, EventPayloads.Name(Stage), Version, Seq, Symbol, PublishedAt, PublishedBy.ToPayload(), SponsorCount);
}

/// <summary>A revision with its full text as published.</summary>
public sealed record RevisionDetailDto(RevisionDto Revision, ResolutionDto Resolution);

/// <summary>
/// A request to move the draft to another stage. With <c>adopted</c> or <c>notAdopted</c> it may record the meeting
/// ("8267th meeting"), the date (default: today in New York), the vote (none: without a vote) and the symbol the
/// adopted text carries ("S/RES/2417 (2018)").
/// </summary>
public sealed record ChangeStageRequest(
    [property: Required] Stage? Stage = null, string? Meeting = null, DateOnly? Date = null, VoteDto? Vote = null, string? Symbol = null);

/// <summary>The draft's stage, where it can go from here, the event that set it, and the decision when adopted or not.</summary>
public sealed record StageDto(Stage Stage, IReadOnlyList<Stage> Next, long Seq, int Version, DecisionDto? Decided = null, string? Symbol = null, DateOnly? Date = null) : ILoggedAnswer<StageDto>
{
    /// <inheritdoc />
    public StageDto AtSeq(long seq) => this with { Seq = seq };

    /// <summary>The stage as its <c>StageChanged</c> event carries it.</summary>
    public StageChangedPayload ToPayload() => new(
        EventPayloads.Name(Stage), [.. Next.Select(EventPayloads.Name)], Seq, Version, Decided?.ToPayload(), Symbol, Date);
}

/// <summary>One stretch of a word diff.</summary>
public sealed record SegmentDto(SegmentKind Kind, string Text);

/// <summary>One side of a comparison: a revision, or the current text.</summary>
public sealed record DiffSideDto(int? Revision, string Label, long Seq);

/// <summary>One clause in a comparison, in merged order, with its reference before and after ("OP 4", "OP 4 (b)").</summary>
public sealed record ClauseDiffDto(
    string Id, ClauseChangeKind Change, bool Moved, string? OldReference, string? NewReference, IReadOnlyList<SegmentDto> Segments, IReadOnlyList<ClauseDiffDto> Subparagraphs);

/// <summary>States that joined or withdrew between the two sides.</summary>
public sealed record SponsorDiffDto(IReadOnlyList<string> Joined, IReadOnlyList<string> Withdrawn);

/// <summary>How many clauses changed in each way.</summary>
public sealed record DiffSummaryDto(int Modified, int Inserted, int Deleted, int Moved);

/// <summary>The clause-by-clause comparison of two versions of a resolution.</summary>
public sealed record DiffDto(
    DiffSideDto From, DiffSideDto To, DiffSummaryDto Summary, IReadOnlyList<SegmentDto> Formula, SponsorDiffDto Sponsors,
    IReadOnlyList<ClauseDiffDto> Preambular, IReadOnlyList<ClauseDiffDto> Operative)
{
    /// <summary>The JSON form of a comparison.</summary>
    public static DiffDto Of(DiffSideDto from, DiffSideDto to, ResolutionComparison comparison)
    {
        var oldReferences = ClauseReferences.Of(comparison.Old);
        var newReferences = ClauseReferences.Of(comparison.New);
        ClauseDiffDto Clause(ClauseComparison c) => new(
            c.Id.Value, c.Change, c.Moved,
            c.Old is null ? null : oldReferences.GetValueOrDefault(c.Id),
            c.New is null ? null : newReferences.GetValueOrDefault(c.Id),
            Segments(c.Segments), c.SubParagraphs.Select(Clause).ToList());
        var all = comparison.All.ToList();
        var oldSponsors = comparison.Old.ActiveSponsors.Select(s => s.Name).ToList();
        var newSponsors = comparison.New.ActiveSponsors.Select(s => s.Name).ToList();
        return new DiffDto(
            from, to,
            new DiffSummaryDto(
                all.Count(c => c.Change == ClauseChangeKind.Modified),
                all.Count(c => c.Change == ClauseChangeKind.Inserted),
                all.Count(c => c.Change == ClauseChangeKind.Deleted),
                all.Count(c => c.Moved)),
            Segments(comparison.FormulaSegments),
            new SponsorDiffDto(newSponsors.Except(oldSponsors).ToList(), oldSponsors.Except(newSponsors).ToList()),
            comparison.Preambular.Select(Clause).ToList(),
            comparison.Operative.Select(Clause).ToList());
    }

    private static List<SegmentDto> Segments(IEnumerable<DiffSegment> segments) => segments.Select(s => new SegmentDto(s.Kind, s.Text)).ToList();
}

/// <summary>One version of a clause in its history: the text, who wrote it when, and what changed from the version before.</summary>
public sealed record ClauseVersionDto(int Version, string Text, long? Seq, AuthorDto? By, string? At, IReadOnlyList<SegmentDto> Changes, string? ProposedBy = null, SourceDto? Source = null);
