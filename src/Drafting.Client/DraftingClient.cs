using System.Text.Json;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client;

/// <summary>
/// A client of <c>/hubs/drafting</c> that never misses an event: it reconnects by itself, and whenever it
/// sees a gap in <c>seq</c> (a dropped broadcast, a reconnect, a backplane outage) it calls
/// <c>CatchUp</c> and delivers the missing events first, so <see cref="EventReceived"/> sees every
/// event of a joined resolution once and in order.
/// </summary>
public sealed class DraftingClient : IAsyncDisposable
{
    /// <summary>The events broadcast, each in the envelope <c>CatchUp</c> returns too (a resolution is created before anyone joins it).</summary>
    private static readonly string[] LoggedEvents = [.. EventTypes.Logged.Except([EventTypes.ResolutionCreated])];

    private readonly HubConnection _connection;
    private readonly SemaphoreSlim _order = new(1, 1);
    private readonly Dictionary<Guid, long> _lastSeq = [];
    private readonly Dictionary<Guid, PresenceList> _presence = [];
    private readonly SemaphoreSlim _presenceOrder = new(1, 1);
    private int _editsResent;
    private int _rejoinsFailed;
    private int _presenceRefreshes;

    /// <summary>Creates a client; <paramref name="configure"/> sets the URL, token and transport of the connection.</summary>
    public DraftingClient(Action<IHubConnectionBuilder> configure)
    {
        var builder = new HubConnectionBuilder().WithAutomaticReconnect(new ReconnectForever());
        configure(builder);
        _connection = builder.Build();
        foreach (var name in LoggedEvents)
        {
            _connection.On<ResolutionEvent>(name, change => ReceiveAsync(change));
        }

        _connection.On<JsonElement>(HubMethods.PresenceChanged, delta => ReceivePresenceAsync(delta));
        _connection.Reconnected += _ => RejoinAsync();
    }

    /// <summary>
    /// After a reconnect (perhaps to another node) the connection is in no group yet: joining again is what
    /// makes broadcasts arrive, so it is retried until it works or the connection drops again; a reconnect
    /// that happened while the database was briefly unreachable must not leave the client connected but deaf.
    /// </summary>
    private async Task RejoinAsync()
    {
        for (var attempt = 0; _connection.State == HubConnectionState.Connected; attempt++)
        {
            try
            {
                foreach (var resolutionId in _lastSeq.Keys.ToList())
                {
                    // Presence is numbered per node: after a reconnect (perhaps to another node) it starts from this answer.
                    await ResetPresenceAsync(resolutionId, await _connection.InvokeAsync<JsonElement>(HubMethods.JoinResolution, resolutionId));
                    await CatchUpAsync(resolutionId);
                }

                return;
            }
            catch (Exception e) when (IsTransient(e))
            {
                Interlocked.Increment(ref _rejoinsFailed);
                await Task.Delay(Backoff(attempt));
            }
        }
    }

    /// <summary>How many times joining again after a reconnect failed for a part that was unavailable and was tried again.</summary>
    public int RejoinsFailed => _rejoinsFailed;

    /// <summary>
    /// A call that failed this way stored nothing, or its answer was lost with the connection: the hub said a
    /// part it needs is unavailable, or the connection dropped under the call.
    /// </summary>
    /// <remarks>A pending call fails with whatever broke its connection: a WebSocket error, an I/O error, or a cancellation.</remarks>
    private static bool IsTransient(Exception e) =>
        e is InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException
        || e is HubException && ErrorCodes.FromHubMessage(e.Message) == ErrorCodes.Unavailable;

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(250 * (attempt + 1), 5000));

    /// <summary>
    /// Raised for each event of a joined resolution that this user may see, once, in seq order; read its payload as the
    /// contract's record of its type with <see cref="ResolutionEvent.Read"/>.
    /// </summary>
    public event Func<ResolutionEvent, Task>? EventReceived;

    /// <summary>The underlying SignalR connection.</summary>
    public HubConnection Connection => _connection;

    /// <summary>The last seq delivered for a resolution.</summary>
    public long LastSeq(Guid resolutionId) => _lastSeq.GetValueOrDefault(resolutionId);

    /// <summary>Connects.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _connection.StartAsync(cancellationToken);

    /// <summary>
    /// Joins a resolution and returns its snapshot; events after the snapshot's seq follow. Joining again
    /// after being offline keeps the last delivered seq, so the missed events are delivered first.
    /// </summary>
    public async Task<JsonElement> JoinAsync(Guid resolutionId, CancellationToken cancellationToken = default)
    {
        var snapshot = await _connection.InvokeAsync<JsonElement>(HubMethods.JoinResolution, resolutionId, cancellationToken);
        await ResetPresenceAsync(resolutionId, snapshot);
        await _order.WaitAsync(cancellationToken);
        try
        {
            _lastSeq.TryAdd(resolutionId, snapshot.GetProperty("seq").GetInt64());
        }
        finally
        {
            _order.Release();
        }

        await CatchUpAsync(resolutionId, cancellationToken);
        return snapshot;
    }

    /// <summary>
    /// Raised after the presence of a joined resolution changed (a delta applied, or the whole list fetched after a
    /// gap or a rejoin); read it with <see cref="Presence"/>.
    /// </summary>
    public event Func<Guid, Task>? PresenceChanged;

    /// <summary>Everyone present in a joined resolution, as of the last delta applied (empty before joining).</summary>
    public IReadOnlyList<PresenceMember> Presence(Guid resolutionId)
    {
        _presenceOrder.Wait();
        try
        {
            return _presence.TryGetValue(resolutionId, out var list) ? list.Present : [];
        }
        finally
        {
            _presenceOrder.Release();
        }
    }

    /// <summary>How many times a missing presence delta made the client fetch the whole list.</summary>
    public int PresenceRefreshes => _presenceRefreshes;

    /// <summary>
    /// Takes a <c>PresenceChanged</c> delta (<c>{resolutionId, presenceSeq, seq, changes}</c>): applied in presenceSeq order,
    /// ignored when already applied; when one is missing the whole list is fetched with <c>GetPresence</c> instead.
    /// The hub calls this for every delta it sends; it is public so that a caller holding a delta can hand it over too.
    /// </summary>
    public async Task ReceivePresenceAsync(JsonElement delta)
    {
        var resolutionId = delta.GetProperty("resolutionId").GetGuid();
        PresenceApplied applied;
        await _presenceOrder.WaitAsync();
        try
        {
            if (!_presence.TryGetValue(resolutionId, out var list))
            {
                return;
            }

            applied = list.Apply(delta);
            if (applied == PresenceApplied.Gap)
            {
                Interlocked.Increment(ref _presenceRefreshes);
                var full = await _connection.InvokeAsync<JsonElement>(HubMethods.GetPresence, resolutionId);
                list.Reset(full.GetProperty("present"), full.GetProperty("presenceSeq").GetInt64());
            }
        }
        finally
        {
            _presenceOrder.Release();
        }

        if (applied != PresenceApplied.Stale && PresenceChanged is { } handler)
        {
            await handler(resolutionId);
        }
    }

    private async Task ResetPresenceAsync(Guid resolutionId, JsonElement snapshot)
    {
        await _presenceOrder.WaitAsync();
        try
        {
            if (!_presence.TryGetValue(resolutionId, out var list))
            {
                _presence[resolutionId] = list = new PresenceList();
            }

            list.Reset(snapshot.GetProperty("presence"), snapshot.TryGetProperty("presenceSeq", out var presenceSeq) ? presenceSeq.GetInt64() : 0);
        }
        finally
        {
            _presenceOrder.Release();
        }

        if (PresenceChanged is { } handler)
        {
            await handler(resolutionId);
        }
    }

    /// <summary>How many times an edit was sent again after its call failed without an answer.</summary>
    public int EditsResent => _editsResent;

    /// <summary>
    /// Edits a clause; the result's <c>status</c> is applied, merged, conflict or duplicate. An edit whose
    /// answer is lost (the connection dropped under it, perhaps with its node) or that the hub refused as
    /// unavailable (database or message bus down) is sent again with the same opId once the connection is
    /// back, until it is answered, <paramref name="cancellationToken"/> is cancelled or the connection is
    /// stopped: the opId makes a resent edit that had been stored come back as that first result, so an edit
    /// is neither lost nor applied twice.
    /// </summary>
    public async Task<JsonElement> EditClauseAsync(Guid resolutionId, string clauseId, int baseVersion, string text, string opId, CancellationToken cancellationToken = default)
    {
        var command = new { resolutionId, clauseId, baseVersion, text, opId };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await _connection.InvokeAsync<JsonElement>(HubMethods.EditClause, command, cancellationToken);
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                if (_connection.State == HubConnectionState.Disconnected)
                {
                    // Stopped on purpose: there is no connection to send it on; the caller decides.
                    throw;
                }

                await Task.Delay(Backoff(attempt), cancellationToken);
                while (_connection.State is HubConnectionState.Reconnecting or HubConnectionState.Connecting)
                {
                    await Task.Delay(50, cancellationToken);
                }

                if (_connection.State != HubConnectionState.Connected)
                {
                    throw;
                }

                Interlocked.Increment(ref _editsResent);
            }
        }
    }

    /// <summary>Fetches and delivers every event after the last one delivered.</summary>
    public async Task CatchUpAsync(Guid resolutionId, CancellationToken cancellationToken = default)
    {
        await _order.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(resolutionId, cancellationToken);
        }
        finally
        {
            _order.Release();
        }
    }

    private async Task ReceiveAsync(ResolutionEvent change)
    {
        await _order.WaitAsync();
        try
        {
            if (!_lastSeq.TryGetValue(change.ResolutionId, out var last) || change.Seq <= last)
            {
                return;
            }

            if (change.Seq > last + 1)
            {
                await CatchUpLockedAsync(change.ResolutionId, CancellationToken.None);
                return;
            }

            await DeliverAsync(change);
        }
        finally
        {
            _order.Release();
        }
    }

    private async Task CatchUpLockedAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var since = _lastSeq[resolutionId];
            var missed = await _connection.InvokeAsync<List<ResolutionEvent>>(HubMethods.CatchUp, resolutionId, since, cancellationToken);
            foreach (var change in missed)
            {
                await DeliverAsync(change);
            }

            if (missed.Count == 0)
            {
                return;
            }

            _lastSeq[resolutionId] = Math.Max(_lastSeq[resolutionId], missed[^1].Seq);
        }
    }

    private async Task DeliverAsync(ResolutionEvent change)
    {
        _lastSeq[change.ResolutionId] = change.Seq;
        if (change.Type != EventTypes.Hidden && EventReceived is { } handler)
        {
            await handler(change);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _order.Dispose();
        _presenceOrder.Dispose();
    }
}
