using System.Text.Json;
using Drafting.Contract;

namespace Drafting.Client;

/// <summary>Someone present in a resolution, and the clause they are on (null: none).</summary>
public sealed record PresenceMember(string UserId, string DisplayName, string Organization, string Role, string? ClauseId);

/// <summary>How a delta was taken by <see cref="PresenceList.Apply"/>.</summary>
public enum PresenceApplied
{
    /// <summary>Applied: the list moved to the delta's presenceSeq.</summary>
    Applied,

    /// <summary>Already applied, or from before the list: ignored.</summary>
    Stale,

    /// <summary>A delta is missing (or a change cannot be placed): nothing changed; ask for the whole list.</summary>
    Gap,
}

/// <summary>
/// One resolution's presence as a client keeps it: a whole list (the join answer or <c>GetPresence</c>) current at a
/// presenceSeq, then each <c>PresenceChanged</c> delta <c>{resolutionId, presenceSeq, seq, changes}</c> in order. Not
/// thread-safe: <see cref="DraftingClient"/> applies deltas one at a time.
/// </summary>
public sealed class PresenceList
{
    private readonly Dictionary<string, PresenceMember> _byUser = new(StringComparer.Ordinal);

    /// <summary>The presenceSeq the list is current at; -1 before the first whole list.</summary>
    public long PresenceSeq { get; private set; } = -1;

    /// <summary>Everyone, ordered as the server orders its list (display name, then user id).</summary>
    public IReadOnlyList<PresenceMember> Present =>
        [.. _byUser.Values.OrderBy(m => m.DisplayName, StringComparer.Ordinal).ThenBy(m => m.UserId, StringComparer.Ordinal)];

    /// <summary>Starts again from a whole list (a JSON array of entries) current at <paramref name="presenceSeq"/>.</summary>
    public void Reset(JsonElement present, long presenceSeq)
    {
        _byUser.Clear();
        foreach (var entry in present.EnumerateArray())
        {
            var member = Member(entry);
            _byUser[member.UserId] = member;
        }

        PresenceSeq = presenceSeq;
    }

    /// <summary>Applies one delta in order; see <see cref="PresenceApplied"/>.</summary>
    public PresenceApplied Apply(JsonElement delta)
    {
        var presenceSeq = delta.GetProperty("presenceSeq").GetInt64();
        if (PresenceSeq < 0 || presenceSeq <= PresenceSeq)
        {
            return PresenceApplied.Stale;
        }

        var changes = delta.GetProperty("changes").EnumerateArray().ToList();
        var placeable = changes.All(c => Kind(c) switch
        {
            PresenceChangeKinds.Focus => _byUser.ContainsKey(UserId(c)),
            PresenceChangeKinds.Joined or PresenceChangeKinds.Left => true,
            _ => false,
        });
        if (presenceSeq > PresenceSeq + 1 || !placeable)
        {
            return PresenceApplied.Gap;
        }

        foreach (var change in changes)
        {
            switch (Kind(change))
            {
                case PresenceChangeKinds.Left:
                    _byUser.Remove(UserId(change));
                    break;
                case PresenceChangeKinds.Focus:
                    _byUser[UserId(change)] = _byUser[UserId(change)] with { ClauseId = ClauseId(change) };
                    break;
                default:
                    var member = Member(change);
                    _byUser[member.UserId] = member;
                    break;
            }
        }

        PresenceSeq = presenceSeq;
        return PresenceApplied.Applied;
    }

    private static string Kind(JsonElement change) => change.GetProperty("kind").GetString() ?? "";

    private static string UserId(JsonElement change) => change.GetProperty("userId").GetString() ?? "";

    private static string? ClauseId(JsonElement change) => change.TryGetProperty("clauseId", out var clause) ? clause.GetString() : null;

    private static PresenceMember Member(JsonElement entry) => new(
        UserId(entry),
        entry.TryGetProperty("displayName", out var name) ? name.GetString() ?? "" : "",
        entry.TryGetProperty("organization", out var organization) ? organization.GetString() ?? "" : "",
        entry.TryGetProperty("role", out var role) ? role.GetString() ?? "" : "",
        ClauseId(entry));
}
