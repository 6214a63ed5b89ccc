using System.Collections.Concurrent;
using Drafting.Api.Features.Resolutions;
using Drafting.Contract;

namespace Drafting.Api.Features.Clauses;

/// <summary>
/// Group commit of clause edits. Edits of one resolution are serialized by its lock anyway; here they queue per
/// resolution, and one drainer at a time takes the lock and then every edit queued by then (at most
/// <see cref="MaxBatch"/>) into one transaction: in a busy resolution twenty edits cost one commit and one lock
/// hand-over instead of twenty, and the edits that arrive meanwhile form the next batch. After the commit each stored
/// edit is handed to every connection in seq order, then every caller gets its own outcome; the next batch does not
/// wait for the connections to take it. If the batch fails (an exception: database gone, a constraint), nothing of it
/// is stored and every caller in it gets that exception.
/// </summary>
public sealed class ClauseEditQueue(ResolutionStore store, WriteBroadcast live, ILogger<ClauseEditQueue> logger)
{
    /// <summary>The most edits one transaction takes; the rest wait for the next one.</summary>
    public const int MaxBatch = 64;

    private readonly ConcurrentDictionary<Guid, Line> _lines = new();

    /// <summary>Queues an edit and returns its outcome once its batch is committed and broadcast (or failed).</summary>
    /// <remarks>
    /// <paramref name="cancellationToken"/> stops the wait, not the edit: once queued it may still be stored, as an edit
    /// whose answer was lost may be; the client sends it again with the same opId and gets the first outcome.
    /// </remarks>
    public Task<ClauseTextOutcome> EditAsync(Guid resolutionId, ClauseTextChange change, CancellationToken cancellationToken)
    {
        var waiting = new Waiting(change);
        var line = _lines.GetOrAdd(resolutionId, _ => new Line());
        bool start;
        lock (line)
        {
            line.Queued.Add(waiting);
            start = !line.Draining;
            line.Draining = true;
        }

        if (start)
        {
            _ = Task.Run(() => DrainAsync(resolutionId, line), CancellationToken.None);
        }

        return waiting.Outcome.Task.WaitAsync(cancellationToken);
    }

    /// <summary>How many edits of a resolution wait for a batch now (not counting one being written).</summary>
    public int Queued(Guid resolutionId)
    {
        if (!_lines.TryGetValue(resolutionId, out var line))
        {
            return 0;
        }

        lock (line)
        {
            return line.Queued.Count;
        }
    }

    private async Task DrainAsync(Guid resolutionId, Line line)
    {
        while (true)
        {
            List<Waiting> batch = [];
            try
            {
                var (_, outcomes) = await store.ChangeClauseTextsAsync(resolutionId, () =>
                {
                    lock (line)
                    {
                        batch = [.. line.Queued.Take(MaxBatch)];
                        line.Queued.RemoveRange(0, batch.Count);
                        if (batch.Count == 0)
                        {
                            // Decided under the same lock as a new edit's "start a drainer?", so none is left behind.
                            line.Draining = false;
                        }
                    }

                    return [.. batch.Select(w => w.Change)];
                }, CancellationToken.None);
                if (batch.Count == 0)
                {
                    return;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    if (outcomes[i] is { Status: WriteStatus.Stored } stored)
                    {
                        // Handed to the connections, not waited for until each took it (LiveBroadcaster), so one slow
                        // reader holds up neither the next batch nor the edits queued behind it.
                        await live.PublishAsync(resolutionId, stored.Seq, EventTypes.ClauseChanged, batch[i].Change.ActorId, stored.Payload, stored.CommentsChanged);
                    }
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Outcome.TrySetResult(outcomes[i]);
                }
            }
#pragma warning disable CA1031 // Every caller of the failed batch gets the failure; the drainer goes on with the next batch.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                logger.LogDebug(failure, "A batch of {Count} clause edits of {ResolutionId} failed; none was stored", batch.Count, resolutionId);
                foreach (var waiting in batch)
                {
                    waiting.Outcome.TrySetException(failure);
                }

                if (batch.Count == 0)
                {
                    // The lock could not be taken (the database is gone): fail what is queued and stop, rather than
                    // spin on it; the next edit starts a drainer again.
                    FailQueuedAndStop(line, failure);
                    return;
                }
            }
        }
    }

    private static void FailQueuedAndStop(Line line, Exception failure)
    {
        List<Waiting> queued;
        lock (line)
        {
            queued = [.. line.Queued];
            line.Queued.Clear();
            line.Draining = false;
        }

        foreach (var waiting in queued)
        {
            waiting.Outcome.TrySetException(failure);
        }
    }

    /// <summary>One resolution's queue; <see cref="Draining"/> while a drainer runs for it (guarded by locking the line).</summary>
    private sealed class Line
    {
        public List<Waiting> Queued { get; } = [];

        public bool Draining { get; set; }
    }

    private sealed class Waiting(ClauseTextChange change)
    {
        public ClauseTextChange Change { get; } = change;

        public TaskCompletionSource<ClauseTextOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
