using System.Data.Common;
using Dapper;
using Drafting.Contract.Events;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Platform;

/// <summary>
/// The one way a resolution changes: its lock taken and a transaction opened, the seq its last event has, the earlier
/// outcome of a replayed opId, the new events appended with seqs following one another, and the commit. A store opens
/// one, reads what its rule needs, lets the caller decide, writes its own rows, appends the event and commits; disposing
/// it uncommitted rolls everything back, so a change and its events are stored together or not at all.
/// </summary>
/// <remarks>
/// The seq is taken from the resolution row once, under the lock, and counted here afterwards: each append writes the
/// row's <c>last_seq</c> and the event in one round trip, which is time no other writer of the resolution waits for.
/// </remarks>
public sealed class ResolutionTransaction : IAsyncDisposable
{
    /// <summary>
    /// Appends one event (the parameters of an <see cref="EventRow"/>) and moves the resolution's <c>last_seq</c> to it;
    /// for a caller that batches it with its own statements (see <see cref="NextEvent"/>). The parameter names are the
    /// row's own, so that they never clash with the caller's.
    /// </summary>
    public const string AppendSql = """
        UPDATE resolutions SET last_seq = @EventSeq, updated_at = @EventAt WHERE id = @EventResolutionId;
        INSERT INTO events (resolution_id, seq, op_id, actor_id, type, payload, created_at, visibility, audience)
        VALUES (@EventResolutionId, @EventSeq, @EventOpId, @EventActorId, @EventType, @EventPayload, @EventAt, @EventVisibility, @EventAudience);
        """;

    private readonly WriteScope _scope;
    private readonly IReadOnlyList<IEventFollower> _followers;
    private readonly List<EventRow> _appended = [];

    private ResolutionTransaction(WriteScope scope, IReadOnlyList<IEventFollower> followers, Guid resolutionId, long? lastSeq, StoredEvent? earlier, DateTimeOffset now)
    {
        _scope = scope;
        _followers = followers;
        ResolutionId = resolutionId;
        Rid = resolutionId.ToString();
        Exists = lastSeq is not null;
        LastSeq = lastSeq ?? 0;
        Earlier = earlier;
        Now = now;
        Stamp = EventLog.Timestamp(now);
    }

    /// <summary>The resolution changed.</summary>
    public Guid ResolutionId { get; }

    /// <summary>The resolution's id as stored (the <c>@rid</c> of every statement).</summary>
    public string Rid { get; }

    /// <summary>Whether the resolution existed when the transaction began (a new one is inserted inside it).</summary>
    public bool Exists { get; }

    /// <summary>The seq of the resolution's last event, this transaction's appends included.</summary>
    public long LastSeq { get; private set; }

    /// <summary>The seq the next appended event gets: for a row whose payload carries its own event's seq.</summary>
    public long NextSeq => LastSeq + 1;

    /// <summary>The event stored earlier under the opId the transaction was begun with; null when none was (or no opId was given).</summary>
    public StoredEvent? Earlier { get; }

    /// <summary>The time of the change, one for all its rows and events.</summary>
    public DateTimeOffset Now { get; }

    /// <summary><see cref="Now"/> as stored.</summary>
    public string Stamp { get; }

    /// <summary>The open connection, for the store's own statements.</summary>
    public DbConnection Connection => _scope.Connection;

    /// <summary>The transaction every statement of the change runs in.</summary>
    public DbTransaction Transaction => _scope.Transaction;

    /// <summary>
    /// Takes the resolution's lock, opens the transaction and reads, in one round trip, the seq of the resolution's last
    /// event and the event stored earlier under <paramref name="opId"/>.
    /// </summary>
    public static async Task<ResolutionTransaction> BeginAsync(DraftingDatabase database, TimeProvider time, Guid resolutionId, string? opId, CancellationToken cancellationToken)
    {
        var scope = await database.BeginWriteAsync(resolutionId, cancellationToken);
        try
        {
            var rid = resolutionId.ToString();
            long? lastSeq;
            StoredEvent? earlier = null;
            await using (var read = await scope.Connection.QueryMultipleAsync(new CommandDefinition(
                opId is null ? LastSeqSql : $"{LastSeqSql};\n{EventLog.ByOpIdSql}",
                new { rid, opId }, scope.Transaction, cancellationToken: cancellationToken)))
            {
                lastSeq = await read.ReadSingleOrDefaultAsync<long?>();
                if (opId is not null)
                {
                    earlier = await read.ReadSingleOrDefaultAsync<StoredEvent>();
                }
            }

            return new ResolutionTransaction(scope, database.Followers, resolutionId, lastSeq, earlier, time.GetUtcNow());
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>What a change sent again with <paramref name="opId"/> gets, given the event stored earlier under it (see <see cref="Replay"/>).</summary>
    /// <param name="earlier">The event stored under the opId, read by the caller in its own batch; null when none was.</param>
    /// <param name="actorId">Who sends the change.</param>
    /// <param name="kinds">The event types this kind of change is logged as.</param>
    public static Replay ReplayOf(StoredEvent? earlier, Guid actorId, params ReadOnlySpan<string> kinds) =>
        earlier is null ? Replay.None
        : EventLog.Replays(earlier, actorId, kinds) ? Replay.Duplicate
        : Replay.Taken;

    /// <summary>What the change this transaction was begun for gets, given the opId it was begun with.</summary>
    public Replay ReplayOf(Guid actorId, params ReadOnlySpan<string> kinds) => ReplayOf(Earlier, actorId, kinds);

    /// <summary>The next event's parameters for <see cref="AppendSql"/>, its seq taken: for a store that batches the append with its own rows.</summary>
    /// <param name="audience">Who may read it, when not every participant (a private comment's event).</param>
    /// <exception cref="ArgumentException"><paramref name="payload"/> is not the contract's record of <paramref name="type"/>.</exception>
    public EventRow NextEvent(Guid actorId, string? opId, string type, EventPayload payload, EventAudience? audience = null)
    {
        // Serialized before the seq is taken, so that a payload of the wrong record leaves the log as it was.
        var json = EventPayloads.Serialize(type, payload);
        var row = new EventRow(Rid, ++LastSeq, opId, actorId.ToString(), type, json, Stamp, audience?.Visibility, audience?.Organization);
        _appended.Add(row);
        return row;
    }

    /// <summary>Appends an event of <paramref name="type"/> (read by <paramref name="audience"/> when given, else by all) and returns its seq.</summary>
    public async Task<long> AppendAsync(Guid actorId, string? opId, string type, EventPayload payload, CancellationToken cancellationToken, EventAudience? audience = null) =>
        (await AppendEventAsync(actorId, opId, type, payload, cancellationToken, audience)).EventSeq;

    /// <summary>Appends an event like <see cref="AppendAsync"/> and returns it as stored: its seq and its payload's JSON, which is what is broadcast.</summary>
    public async Task<EventRow> AppendEventAsync(Guid actorId, string? opId, string type, EventPayload payload, CancellationToken cancellationToken, EventAudience? audience = null)
    {
        var row = NextEvent(actorId, opId, type, payload, audience);
        await ExecuteAsync(AppendSql, row, cancellationToken);
        return row;
    }

    /// <summary>Runs one statement (or a batch) of the change.</summary>
    public Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken));

    /// <summary>Reads rows inside the change.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        (await Connection.QueryAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken))).AsList();

    /// <summary>Reads one row, or none, inside the change.</summary>
    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken));

    /// <summary>Reads several result sets in one round trip inside the change.</summary>
    public Task<SqlMapper.GridReader> QueryMultipleAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken));

    /// <summary>Writes what the change's events bring about (<see cref="DraftingDatabase.Followers"/>), then commits it all.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_appended.Count > 0)
        {
            foreach (var follower in _followers)
            {
                await follower.FollowAsync(this, _appended, cancellationToken);
            }
        }

        await _scope.CommitAsync(cancellationToken);
    }

    /// <summary>The refusal of a change to a resolution that does not exist.</summary>
    public Refusal NoResolution() => Refusal.NotFound($"There is no resolution {ResolutionId}.");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _scope.DisposeAsync();

    private const string LastSeqSql = "SELECT last_seq FROM resolutions WHERE id = @rid";
}

/// <summary>What a change sent again under an opId gets.</summary>
public enum Replay
{
    /// <summary>The opId is new (or none was sent): the change is decided.</summary>
    None,

    /// <summary>The same person's same kind of change: the first outcome is returned and nothing changes.</summary>
    Duplicate,

    /// <summary>Used for another change (someone else's, or of another kind): refused with <see cref="EventLog.OpIdTaken"/>.</summary>
    Taken,
}

/// <summary>One event's parameters for <see cref="ResolutionTransaction.AppendSql"/>.</summary>
/// <param name="EventResolutionId">The resolution.</param>
/// <param name="EventSeq">Its seq.</param>
/// <param name="EventOpId">The client's operation id, if any.</param>
/// <param name="EventActorId">Who made the change.</param>
/// <param name="EventType">The event type.</param>
/// <param name="EventPayload">The JSON payload (the contract's record of its type, serialized).</param>
/// <param name="EventAt">When (as stored).</param>
/// <param name="EventVisibility">Who may read it (a comment's visibility as stored); null when every participant may.</param>
/// <param name="EventAudience">The organization a restricted event belongs to; null when every participant may read it.</param>
public sealed record EventRow(string EventResolutionId, long EventSeq, string? EventOpId, string EventActorId, string EventType, string EventPayload, string EventAt, string? EventVisibility = null, string? EventAudience = null);
