using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.LoadGenerator;

/// <summary>The yardstick: a SignalR hub that relays the same edit messages to the same group, with no auth and no storage.</summary>
public sealed class BareRelayHub : Hub
{
    private static long _seq;

    public async Task<object> JoinResolution(Guid resolutionId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, resolutionId.ToString("N"));
        return new { seq = Interlocked.Read(ref _seq) };
    }

    public async Task<object> EditClause(EditCommand command)
    {
        var seq = Interlocked.Increment(ref _seq);
        var payload = new { status = "applied", clauseId = command.ClauseId, version = command.BaseVersion + 1, text = command.Text, opening = (string?)null, seq };
        await Clients.Group(command.ResolutionId.ToString("N")).SendAsync(EventTypes.ClauseChanged, new
        {
            resolutionId = command.ResolutionId, seq, type = EventTypes.ClauseChanged, actorId = "", payload, createdAt = DateTimeOffset.UtcNow.ToString("O"),
        });
        return payload;
    }

    public async Task<object> Propose(Guid resolutionId, ProposeCommand command)
    {
        var seq = Interlocked.Increment(ref _seq);
        var payload = new
        {
            id = Guid.NewGuid(), resolutionId, seq, kind = command.Kind, status = "open", organization = "", supporters = Array.Empty<string>(),
            clauseId = command.ClauseId, text = command.Text, baseVersion = command.BaseVersion,
        };
        await Clients.Group(resolutionId.ToString("N")).SendAsync(EventTypes.ProposalAdded, new
        {
            resolutionId, seq, type = EventTypes.ProposalAdded, actorId = "", payload, createdAt = DateTimeOffset.UtcNow.ToString("O"),
        });
        return payload;
    }
}

/// <summary>The edit message both hubs receive.</summary>
public sealed record EditCommand(Guid ResolutionId, string ClauseId, int BaseVersion, string Text, string OpId);

/// <summary>The proposal message both hubs receive (a replacement of the drafter's own paragraph).</summary>
public sealed record ProposeCommand(string Kind, string ClauseId, int BaseVersion, string Text, string OpId);
