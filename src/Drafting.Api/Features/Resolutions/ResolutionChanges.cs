using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Resolutions;

/// <summary>An answer that carries the seq of the event it was logged with (logged with seq 0, answered with the event's own).</summary>
/// <typeparam name="T">The answer itself.</typeparam>
public interface ILoggedAnswer<out T>
{
    /// <summary>This answer with the event's seq.</summary>
    T AtSeq(long seq);
}

/// <summary>
/// A change of a resolution from an endpoint: the one write (<see cref="ResolutionStore.ChangeAsync"/>), then the
/// broadcast of what was stored; a replayed opId and a refusal are answered without broadcasting anything.
/// </summary>
public sealed class ResolutionChanges(ResolutionStore store, WriteBroadcast live)
{
    /// <summary>Decides and stores a change logged as <paramref name="eventType"/>, and broadcasts it when it was stored now.</summary>
    public async Task<WriteOutcome> ApplyAsync(Guid id, Guid actorId, string? opId, string eventType, Func<ChangeContext, Decision<ResolutionWrite>> decide, CancellationToken cancellationToken)
    {
        var outcome = await store.ChangeAsync(id, actorId, opId, eventType, decide, cancellationToken);
        if (outcome.Status == WriteStatus.Stored)
        {
            await live.PublishAsync(id, eventType, actorId, outcome);
        }

        return outcome;
    }

    /// <summary>The answer to a change: <paramref name="stored"/> from the new state, the first answer again (its logged payload) for a replayed opId, or the refusal.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Answer<T>(WriteOutcome outcome, Func<WriteOutcome, T> stored)
        where T : ILoggedAnswer<T> => outcome.Status switch
        {
            WriteStatus.Stored => TypedResults.Ok(stored(outcome)),
            WriteStatus.Duplicate => TypedResults.Ok(outcome.Payload.Deserialize<T>(DraftingJson.Options)!.AtSeq(outcome.Seq)),
            _ => outcome.Refusal!.ToProblem(),
        };
}
