using System.Globalization;
using Dapper;

namespace Drafting.Api.Platform;

/// <summary>
/// The rules of a resolution's event log that every write shares (see <see cref="ResolutionTransaction"/>, which appends):
/// which opIds are usable, when a resend replays its first outcome, and how times are stored.
/// </summary>
internal static class EventLog
{
    /// <summary>The event of <c>@opId</c> in resolution <c>@rid</c>, if any.</summary>
    public const string ByOpIdSql = "SELECT seq, op_id, actor_id, type, payload, created_at FROM events WHERE resolution_id = @rid AND op_id = @opId";

    /// <summary>The error for an unusable client operation id, or null (none at all is fine: the change is then not replayable).</summary>
    public static string? OpIdError(string? opId) => opId switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(opId) => "opId is empty; leave it out or send a unique id (a UUID), which makes resending safe.",
        { Length: > 100 } => "opId has at most 100 printable characters.",
        _ when opId.Any(char.IsControl) => "opId has at most 100 printable characters.",
        _ => null,
    };

    /// <summary>The refusal of an opId already used for another change: an opId replays only for its author and its kind of change.</summary>
    public static Model.Resolutions.Refusal OpIdTaken(string opId) =>
        new(Model.Resolutions.RefusalKind.Conflict, $"The opId '{opId}' was already used for another change (by someone else, or of another kind); send this change with a new opId.");

    /// <summary>Whether <paramref name="earlier"/>, stored under the same opId, is this actor's same kind of change, whose outcome a resend gets again.</summary>
    public static bool Replays(StoredEvent earlier, Guid actorId, params ReadOnlySpan<string> kinds) =>
        earlier.ActorId == actorId.ToString() && kinds.Contains(earlier.Type);

    /// <summary>The role of <c>@actorId</c> on resolution <c>@rid</c>, read inside a write so that a role changed a moment ago counts.</summary>
    public const string ActorRoleSql = "SELECT role FROM participants WHERE resolution_id = @rid AND user_id = @actorId";

    /// <summary>A stored payload as JSON, for an answer or a broadcast that outlives the document it was read from.</summary>
    public static System.Text.Json.JsonElement Parse(string payload)
    {
        using var document = System.Text.Json.JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
