using System.Globalization;
using System.Security.Claims;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// The silence procedure: a pen-holder or secretary puts the latest published revision under silence until a
/// deadline; any drafter delegation may break it with a statement before then; the pen-holder may withdraw it; at the
/// deadline an unbroken silence has passed (announced by <see cref="SilenceDeadlines"/>, decided on every read).
/// </summary>
public sealed class SilenceService(SilenceStore silences, LiveBroadcaster live, TimeProvider time, SilenceDeadlines deadlines)
{
    /// <summary>The furthest a deadline may be set ahead.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(30);

    /// <summary>The silence as it stands now.</summary>
    public async Task<SilenceDto> GetAsync(Guid resolutionId, CancellationToken cancellationToken) =>
        (await silences.LatestAsync(resolutionId, cancellationToken)).ToDto(time.GetUtcNow());

    /// <summary>Every silence of the resolution, newest first: how each ended, with every statement that broke it.</summary>
    public async Task<IReadOnlyList<SilenceRecordDto>> ListAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return [.. (await silences.ListAsync(resolutionId, cancellationToken)).Select(s => s.ToRecord(now))];
    }

    /// <summary>Starts a silence on <c>revision</c> until <c>until</c>.</summary>
    public async Task<(SilenceDto? Silence, Refusal? Refusal)> StartAsync(Guid resolutionId, ClaimsPrincipal user, StartSilenceRequest request, CancellationToken cancellationToken)
    {
        if (request.Revision is not { } revision || request.Until is not { } until)
        {
            return (null, Refusal.Invalid("revision (the published revision put under silence) and until (the deadline with its offset, e.g. 2026-12-04T10:00:00-05:00) are required."));
        }

        var result = await ChangeAsync(resolutionId, user, request.OpId, Permission.StartSilence, context =>
        {
            if (context.Stage != Stage.Draft)
            {
                return new Refusal(RefusalKind.Conflict, "Only a draft under negotiation is put under silence.");
            }

            if (context.Latest?.ToModel() is { } latest && latest.FreezesAt(context.Now))
            {
                return new Refusal(RefusalKind.Conflict, $"Revision {latest.Revision} is already under silence until {Format(latest.Until)}; withdraw it first.");
            }

            if (context.LatestRevision != revision)
            {
                return context.LatestRevision is { } last
                    ? Refusal.Invalid($"Revision {revision} is not the latest published revision ({last}); put the latest under silence.")
                    : Refusal.Invalid("No revision has been published; publish the text first, then put it under silence.");
            }

            if (until <= context.Now || until > context.Now + MaxLength)
            {
                return Refusal.Invalid($"until must be in the future and at most {MaxLength.TotalDays:N0} days ahead; it is {Format(until)}, and now is {Format(context.Now)}.");
            }

            return new SilenceWrite(new StoredSilence
            {
                Id = Guid.NewGuid().ToString(), Revision = revision, UntilAt = EventLog.Timestamp(until), Status = nameof(SilenceStatus.Running), StartedBy = user.UserId().ToString(),
            }, IsNew: true);
        }, cancellationToken);
        if (result.Silence is not null)
        {
            deadlines.WakeUp();
        }

        return result;
    }

    /// <summary>The caller's delegation breaks the running silence with a statement.</summary>
    public Task<(SilenceDto? Silence, Refusal? Refusal)> BreakAsync(Guid resolutionId, ClaimsPrincipal user, BreakSilenceRequest request, CancellationToken cancellationToken)
    {
        var statement = request.Statement?.Trim();
        if (string.IsNullOrEmpty(statement) || statement.Length > Silence.MaxStatementLength)
        {
            return Task.FromResult<(SilenceDto?, Refusal?)>((null, Refusal.Invalid($"statement is required: what your delegation objects to, at most {Silence.MaxStatementLength:N0} characters.")));
        }

        var organization = user.Organization();
        return ChangeAsync(resolutionId, user, request.OpId, Permission.BreakSilence, context =>
        {
            var latest = context.Latest?.ToModel();
            var status = latest?.StatusAt(context.Now);
            if (latest is null || status is not (SilenceStatus.Running or SilenceStatus.Broken))
            {
                return new Refusal(RefusalKind.Conflict, status == SilenceStatus.Passed
                    ? $"The silence passed at {Format(latest!.Until)}: the text is agreed."
                    : "No silence procedure is running.");
            }

            if (latest.Breaks.Any(b => b.Organization == organization))
            {
                return new Refusal(RefusalKind.Conflict, $"{organization} has already broken this silence.");
            }

            var silence = context.Latest!;
            silence.Status = nameof(SilenceStatus.Broken);
            silence.EndedAt ??= EventLog.Timestamp(context.Now);
            return new SilenceWrite(silence, IsNew: false, new StoredSilenceBreak { Organization = organization, UserId = user.UserId().ToString(), Statement = statement });
        }, cancellationToken);
    }

    /// <summary>The pen-holder takes the running silence back.</summary>
    public Task<(SilenceDto? Silence, Refusal? Refusal)> WithdrawAsync(Guid resolutionId, ClaimsPrincipal user, string? opId, CancellationToken cancellationToken) =>
        ChangeAsync(resolutionId, user, opId, Permission.WithdrawSilence, context =>
        {
            if (context.Latest is not { } silence || !silence.ToModel().FreezesAt(context.Now))
            {
                return new Refusal(RefusalKind.Conflict, "No silence procedure is running.");
            }

            silence.Status = nameof(SilenceStatus.Withdrawn);
            silence.EndedAt = EventLog.Timestamp(context.Now);
            silence.EndedBy = user.UserId().ToString();
            return new SilenceWrite(silence, IsNew: false);
        }, cancellationToken);

    private async Task<(SilenceDto? Silence, Refusal? Refusal)> ChangeAsync(
        Guid resolutionId, ClaimsPrincipal user, string? opId, Permission permission, Func<SilenceContext, Decision<SilenceWrite>> decide, CancellationToken cancellationToken)
    {
        if (ClauseText.OpIdError(opId) is { } error)
        {
            return (null, Refusal.Invalid(error));
        }

        var actor = user.UserId();
        var outcome = await silences.ChangeAsync(resolutionId, actor, opId, context =>
        {
            return Permissions.Check(ParticipantRoles.Parse(context.ActorRole), permission) is { } refused ? refused : decide(context);
        }, cancellationToken);
        var now = time.GetUtcNow();
        switch (outcome.Status)
        {
            case WriteStatus.Stored:
                var dto = outcome.Silence.ToDto(now);
                await live.PublishAsync(resolutionId, outcome.Seq, EventTypes.SilenceChanged, actor, EventPayloads.ToJson(EventTypes.SilenceChanged, dto.ToPayload()));
                return (dto, null);
            case WriteStatus.Duplicate:
                return (outcome.Silence.ToDto(now), null);
            default:
                return (null, outcome.Refusal);
        }
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
