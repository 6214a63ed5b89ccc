using System.ComponentModel.DataAnnotations;
using Drafting.Contract.Events;
using Drafting.Model.Import;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>
/// The resolution as JSON (DESIGN.md, "Resolution JSON"): plain texts, derived numbers and labels. A new one also
/// carries its import <c>warnings</c> and, in <c>sameSymbol</c>, the drafts the creator already takes part in under its symbol.
/// </summary>
public sealed record ResolutionDto(
    Guid Id,
    string Organ,
    string? Symbol,
    string? Title,
    string? Code,
    string Formula,
    DateOnly? Date,
    Stage Stage,
    int Version,
    long Seq,
    IReadOnlyList<SponsorDto> Sponsors,
    IReadOnlyList<PreambularDto> Preambular,
    IReadOnlyList<OperativeDto> Operative,
    ParticipantRole? Role = null,
    IReadOnlyList<ImportWarningDto>? Warnings = null,
    EditingMode? Mode = null,
    CallerPermissionsDto? Permissions = null,
    ModelLimitsDto? Limits = null,
    IReadOnlyList<ResolutionSummary>? SameSymbol = null,
    DecisionDto? Decided = null,
    AdoptedLinesDto? Adopted = null,
    string? Session = null,
    IReadOnlyList<string>? AgendaItems = null)
{
    /// <summary>
    /// The JSON form of <paramref name="resolution"/> as seen by a participant in <paramref name="role"/>, with its editing
    /// <paramref name="mode"/> (none for a published revision) and then what the caller may do, given a running
    /// <paramref name="silence"/> at <paramref name="now"/> and whether she is a <paramref name="siteAdmin"/>.
    /// </summary>
    public static ResolutionDto From(
        Resolution resolution, long seq, ParticipantRole? role, IEnumerable<ImportDiagnostic>? warnings = null, EditingMode? mode = null,
        Silence? silence = null, DateTimeOffset? now = null, bool siteAdmin = false) =>
        new(resolution.Id,
            resolution.Organ.Name,
            resolution.Symbol,
            resolution.Title,
            resolution.Code,
            resolution.Formula,
            resolution.Date,
            resolution.Stage,
            resolution.Version,
            seq,
            resolution.ActiveSponsors.Select(SponsorDto.From).ToList(),
            resolution.Preambular.Select((c, i) => new PreambularDto(c.Id.Value, i + 1, c.Opening, c.Text, c.Version, NoteDto.ListOf(c),
                resolution.HeadingBefore(c.Id) is { } heading ? new HeadingDto(heading.Id.Value, heading.Text) : null)).ToList(),
            resolution.Operative.Select((c, i) => new OperativeDto(c.Id.Value, i + 1, c.Opening, c.Text, c.Version, c.SubParagraphStyle, SubParagraphDto.ListOf(c),
                resolution.HeadingBefore(c.Id) is { } heading ? new HeadingDto(heading.Id.Value, heading.Text) : null, NoteDto.ListOf(c))).ToList(),
            role,
            warnings?.Select(w => new ImportWarningDto(w.Line, w.Code, w.Message)).ToList(),
            mode,
            role is { } held && mode is { } current ? CallerPermissionsDto.For(held, resolution.Stage, current, silence, now ?? DateTimeOffset.UtcNow, siteAdmin) : null,
            ModelLimitsDto.Current,
            Decided: DecisionDto.From(resolution.Decided),
            Adopted: AdoptedLinesDto.From(resolution),
            Session: resolution.Session,
            AgendaItems: resolution.AgendaItems.IsEmpty ? null : [.. resolution.AgendaItems]);
}

/// <summary>
/// What an adopted text prints where a draft has its sponsor line and title, as the exports do: "Resolution 2417 (2018)",
/// "Adopted by the Security Council at its 8267th meeting, on 24 May 2018"; a General Assembly title "77/230. Title" and
/// its sign-off after the last paragraph. Absent for a draft.
/// </summary>
/// <param name="Number">The bold first line, when the symbol gives one.</param>
/// <param name="Adoption">The adoption line.</param>
/// <param name="Title">The title line (General Assembly).</param>
/// <param name="SignOff">The lines after the last paragraph (General Assembly: meeting and date).</param>
public sealed record AdoptedLinesDto(string? Number, string Adoption, string? Title, IReadOnlyList<string> SignOff)
{
    /// <summary>The adopted layout's lines of <paramref name="resolution"/>, or null when it is not printed as adopted.</summary>
    public static AdoptedLinesDto? From(Resolution resolution)
    {
        if (!Model.Export.AdoptedText.Applies(resolution))
        {
            return null;
        }

        var (number, adoption, title) = Model.Export.AdoptedText.Lines(resolution);
        return new AdoptedLinesDto(number, adoption, title, Model.Export.AdoptedText.SignOff(resolution));
    }
}

/// <summary>A sponsor in the JSON form.</summary>
public sealed record SponsorDto(string Name, SponsorRole Role, DateOnly? Joined = null, DateOnly? Withdrawn = null, int? JoinedRevision = null, int? WithdrawnRevision = null)
{
    /// <summary>The JSON form of a sponsor.</summary>
    public static SponsorDto From(Sponsor sponsor) => new(sponsor.Name, sponsor.Role, sponsor.Joined, sponsor.Withdrawn, sponsor.JoinedRevision, sponsor.WithdrawnRevision);
}

/// <summary>A preambular paragraph; <paramref name="Number"/> is its position, for reference only (PP are unnumbered in print).</summary>
public sealed record PreambularDto(string Id, int Number, string? Opening, string Text, int Version, IReadOnlyList<NoteDto>? Notes = null, HeadingDto? Heading = null);

/// <summary>A footnote on a clause: its marker stands after <paramref name="Offset"/> characters of the clause text.</summary>
public sealed record NoteDto(int Offset, string Text)
{
    /// <summary>The notes of <paramref name="clause"/>, or null when it has none (kept out of the JSON).</summary>
    public static IReadOnlyList<NoteDto>? ListOf(Clause clause) =>
        clause.Notes.IsEmpty ? null : [.. clause.Notes.Select(n => new NoteDto(n.Offset, n.Text))];
}

/// <summary>An operative paragraph with its derived number and the heading standing before it, if any.</summary>
public sealed record OperativeDto(string Id, int Number, string? Opening, string Text, int Version, LabelStyle? SubparagraphStyle, IReadOnlyList<SubParagraphDto> Subparagraphs, HeadingDto? Heading = null, IReadOnlyList<NoteDto>? Notes = null);

/// <summary>An unnumbered heading standing before a preambular or operative paragraph ("Current situation", "Assets freeze"), with its stable id.</summary>
public sealed record HeadingDto(string Id, string Text);

/// <summary>A sub-paragraph with its derived label.</summary>
public sealed record SubParagraphDto(string Id, string Label, string? Opening, string Text, int Version, LabelStyle? SubparagraphStyle, IReadOnlyList<SubParagraphDto> Subparagraphs, IReadOnlyList<NoteDto>? Notes = null)
{
    /// <summary>The sub-paragraphs of <paramref name="parent"/> with their labels.</summary>
    public static IReadOnlyList<SubParagraphDto> ListOf(Clause parent) =>
        parent.SubParagraphs.Select((c, i) => new SubParagraphDto(
            c.Id.Value, ClauseLabels.For(parent.SubParagraphStyle ?? LabelStyle.LetterInParentheses, i), c.Opening, c.Text, c.Version, c.SubParagraphStyle, ListOf(c), NoteDto.ListOf(c))).ToList();
}

/// <summary>Something the importer dropped or guessed, with its line.</summary>
public sealed record ImportWarningDto(int Line, string Code, string Message);

/// <summary>When the organ decided on the draft: the meeting ("8267th meeting"), the date and the vote (null: without a vote).</summary>
public sealed record DecisionDto(string? Meeting, DateOnly Date, VoteDto? Vote)
{
    /// <summary>The JSON form of <paramref name="decided"/>, or null.</summary>
    public static DecisionDto? From(DecisionRecord? decided) =>
        decided is null ? null : new(decided.Meeting, decided.Date, decided.Vote is { } vote ? new VoteDto(vote.InFavour, vote.Against, vote.Abstaining) : null);

    /// <summary>The decision as events carry it.</summary>
    public DecisionPayload ToPayload() => new(Meeting, Date, Vote is { } vote ? new VotePayload(vote.InFavour, vote.Against, vote.Abstaining) : null);
}

/// <summary>A recorded vote: members in favour, against and abstaining.</summary>
public sealed record VoteDto([property: Required] int? InFavour = null, [property: Required] int? Against = null, [property: Required] int? Abstaining = null);
