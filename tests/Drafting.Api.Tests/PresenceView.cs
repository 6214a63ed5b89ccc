using System.Threading.Channels;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Live.Presence;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>
/// The presence list as a client keeps it: the join answer's list, then every <c>PresenceChanged</c> delta applied in
/// presenceSeq order (an old one ignored, a gap repaired with <c>GetPresence</c>), as the page and DraftingClient do.
/// </summary>
public sealed class PresenceView
{
    private readonly HubConnection _connection;
    private readonly Channel<PresenceDelta> _received = Channel.CreateUnbounded<PresenceDelta>();
    private readonly Dictionary<string, PresenceEntry> _present = new(StringComparer.Ordinal);
    private Guid _resolutionId;
    private long _presenceSeq = -1;

    public PresenceView(HubConnection connection)
    {
        _connection = connection;
        connection.On<PresenceDelta>(nameof(IDraftingClient.PresenceChanged), delta => _received.Writer.TryWrite(delta));
    }

    /// <summary>Every delta received, in the order received.</summary>
    public List<PresenceDelta> Received { get; } = [];

    /// <summary>How many times a gap made it ask for the whole list.</summary>
    public int Gaps { get; private set; }

    /// <summary>The list now, ordered as the server orders it.</summary>
    public IReadOnlyList<PresenceEntry> Present => [.. _present.Values.OrderBy(e => e.DisplayName, StringComparer.Ordinal).ThenBy(e => e.UserId, StringComparer.Ordinal)];

    /// <summary>The display names of <see cref="Present"/>.</summary>
    public string[] Names => [.. Present.Select(p => p.DisplayName)];

    /// <summary>Joins and starts from the answer's list.</summary>
    public async Task<JoinSnapshot> JoinAsync(Guid resolutionId)
    {
        var joined = await _connection.InvokeAsync<JoinSnapshot>("JoinResolution", resolutionId, TestContext.Current.CancellationToken);
        _resolutionId = resolutionId;
        Replace(joined.Presence, joined.PresenceSeq);
        return joined;
    }

    /// <summary>Applies deltas already received, without waiting.</summary>
    public async Task DrainAsync()
    {
        while (_received.Reader.TryRead(out var delta))
        {
            await ApplyAsync(delta);
        }
    }

    /// <summary>Applies deltas until the list is <paramref name="wanted"/>; fails after <paramref name="within"/>.</summary>
    public async Task<IReadOnlyList<PresenceEntry>> WaitForAsync(string what, Func<IReadOnlyList<PresenceEntry>, bool> wanted, TimeSpan within)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(within);
        try
        {
            await DrainAsync();
            while (!wanted(Present))
            {
                await ApplyAsync(await _received.Reader.ReadAsync(timeout.Token));
            }

            return Present;
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Presence never showed {what} within {within}; it lists [{string.Join(", ", Present.Select(p => $"{p.DisplayName}@{p.ClauseId}"))}].");
            throw;
        }
    }

    /// <summary>Waits for the next delta, failing after <paramref name="within"/>.</summary>
    public async Task<PresenceDelta> NextAsync(TimeSpan within)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(within);
        var delta = await _received.Reader.ReadAsync(timeout.Token);
        await ApplyAsync(delta);
        return delta;
    }

    private async Task ApplyAsync(PresenceDelta delta)
    {
        Received.Add(delta);
        if (delta.ResolutionId != _resolutionId || delta.PresenceSeq <= _presenceSeq)
        {
            return;
        }

        // A gap, or a move of someone this list lacks (it came from a join answer taken mid-window): ask for the whole list.
        if (delta.PresenceSeq > _presenceSeq + 1 || delta.Changes.Any(c => c.Kind == PresenceChangeKinds.Focus && !_present.ContainsKey(c.UserId)))
        {
            Gaps++;
            var full = await _connection.InvokeAsync<PresenceSnapshot>("GetPresence", _resolutionId, TestContext.Current.CancellationToken);
            Replace(full.Present, full.PresenceSeq);
            return;
        }

        foreach (var change in delta.Changes)
        {
            switch (change.Kind)
            {
                case PresenceChangeKinds.Joined:
                    _present[change.UserId] = new PresenceEntry(change.UserId, change.DisplayName!, change.Organization!, change.Role!.Value, change.ClauseId);
                    break;
                case PresenceChangeKinds.Focus:
                    _present[change.UserId] = _present[change.UserId] with { ClauseId = change.ClauseId };
                    break;
                case PresenceChangeKinds.Left:
                    _present.Remove(change.UserId);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown presence change '{change.Kind}'.");
            }
        }

        _presenceSeq = delta.PresenceSeq;
    }

    private void Replace(IReadOnlyList<PresenceEntry> present, long presenceSeq)
    {
        _present.Clear();
        foreach (var entry in present)
        {
            _present[entry.UserId] = entry;
        }

        _presenceSeq = presenceSeq;
    }
}
