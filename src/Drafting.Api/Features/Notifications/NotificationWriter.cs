using System.Globalization;
using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Contract;

namespace Drafting.Api.Features.Notifications;

/// <summary>
/// Tells people what needs them, in the transaction of the event that needs them, so a notification exists exactly when
/// its event does: a silence started, broken or ended and a revision published (everyone taking part), a proposal waiting
/// (the pen-holders), a proposal accepted or rejected (the proposing delegation). Only participants are told, and every
/// participant may read these events; the actor is not told of their own act, except of a silence that passed at its
/// deadline, which nobody did.
/// </summary>
public sealed class NotificationWriter : IEventFollower
{
    /// <summary>Whether events of <paramref name="type"/> may notify anyone (the others cost no round trip).</summary>
    public static bool Notifies(string type) => type is EventTypes.SilenceChanged or EventTypes.RevisionPublished or EventTypes.ProposalAdded or EventTypes.ProposalChanged;

    private const string InsertSql =
        """
        INSERT INTO notifications (user_id, resolution_id, seq, kind, summary, created_at)
        SELECT p.user_id, p.resolution_id, @seq, @kind, @summary, @at
        FROM participants p JOIN users u ON u.id = p.user_id
        WHERE p.resolution_id = @rid AND p.user_id <> @skip
          AND (@role IS NULL OR p.role = @role) AND (@organization IS NULL OR u.organization = @organization)
        """;

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <inheritdoc />
    public async Task FollowAsync(ResolutionTransaction transaction, IReadOnlyList<EventRow> appended, CancellationToken cancellationToken)
    {
        foreach (var row in appended)
        {
            if (!Notifies(row.EventType) || Of(row) is not { } told)
            {
                continue;
            }

            await transaction.ExecuteAsync(InsertSql, new
            {
                rid = row.EventResolutionId, seq = row.EventSeq, kind = told.Kind, summary = told.Summary, at = row.EventAt,
                skip = told.ActorToo ? "" : row.EventActorId, role = told.Role, organization = told.Organization,
            }, cancellationToken);
        }
    }

    /// <summary>Whom an event tells what, or null when it tells nobody.</summary>
    internal static Told? Of(EventRow row)
    {
        using var document = JsonDocument.Parse(row.EventPayload);
        var payload = document.RootElement;
        return row.EventType switch
        {
            EventTypes.RevisionPublished => new Told(NotificationKinds.RevisionPublished, $"{Text(payload, "label")} published."),
            EventTypes.SilenceChanged => Silence(payload),
            EventTypes.ProposalAdded when Text(payload, "status") == "open" =>
                new Told(NotificationKinds.ProposalWaiting, $"A proposal of {Text(payload, "delegations")} waits for your decision.", Role: "Penholder"),
            EventTypes.ProposalChanged => Text(payload, "status") switch
            {
                "accepted" => new Told(NotificationKinds.ProposalAccepted, "Your delegation's proposal was accepted.", Organization: Text(payload, "organization")),
                "rejected" => new Told(NotificationKinds.ProposalRejected,
                    $"Your delegation's proposal was rejected{(Text(payload, "reason") is { Length: > 0 } reason ? $": {Short(reason)}" : ".")}",
                    Organization: Text(payload, "organization")),
                _ => null,
            },
            _ => null,
        };
    }

    private static Told? Silence(JsonElement payload)
    {
        var revision = payload.TryGetProperty("revision", out var number) && number.ValueKind == JsonValueKind.Number ? number.GetInt32() : 0;
        return Text(payload, "status") switch
        {
            "running" => new Told(NotificationKinds.SilenceStarted, $"Silence on revision {revision} until {InNewYork(Text(payload, "until"))}."),
            "broken" => new Told(NotificationKinds.SilenceBroken, LastBreak(payload) is var (organization, statement)
                ? $"{organization} broke the silence on revision {revision}: “{Short(statement)}”"
                : $"The silence on revision {revision} was broken."),
            "passed" => new Told(NotificationKinds.SilenceEnded, $"The silence on revision {revision} passed: nobody broke it.", ActorToo: true),
            "withdrawn" => new Told(NotificationKinds.SilenceEnded, $"The silence on revision {revision} was withdrawn."),
            "ended" => new Told(NotificationKinds.SilenceEnded, $"The silence on revision {revision} ended: the draft reached a final stage."),
            _ => null,
        };
    }

    private static (string Organization, string Statement)? LastBreak(JsonElement payload) =>
        payload.TryGetProperty("brokenBy", out var breaks) && breaks.ValueKind == JsonValueKind.Array && breaks.GetArrayLength() > 0
            ? (Text(breaks[breaks.GetArrayLength() - 1], "organization") ?? "A delegation", Text(breaks[breaks.GetArrayLength() - 1], "statement") ?? "")
            : null;

    private static string? Text(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A deadline as delegations read it: New York time, where the Council sits.</summary>
    private static string InNewYork(string? utc) =>
        DateTimeOffset.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeZoneInfo.ConvertTime(at, NewYork).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " (New York)"
            : utc ?? "";

    private static string Short(string text) => text.Length <= 140 ? text : string.Concat(text.AsSpan(0, 139), "…");

    /// <summary>What one event tells whom.</summary>
    /// <param name="Kind">One of <see cref="NotificationKinds"/>.</param>
    /// <param name="Summary">One sentence for the reader.</param>
    /// <param name="Role">Only participants of this role (stored name); null for all.</param>
    /// <param name="Organization">Only participants of this organization; null for all.</param>
    /// <param name="ActorToo">Whether the event's actor is told as well.</param>
    internal sealed record Told(string Kind, string Summary, string? Role = null, string? Organization = null, bool ActorToo = false);
}

/// <summary>The kinds of notification, as stored and sent.</summary>
public static class NotificationKinds
{
    /// <summary>A silence procedure started.</summary>
    public const string SilenceStarted = "silenceStarted";

    /// <summary>A delegation broke the silence.</summary>
    public const string SilenceBroken = "silenceBroken";

    /// <summary>A silence passed, was withdrawn or ended with a final stage.</summary>
    public const string SilenceEnded = "silenceEnded";

    /// <summary>A revision was published.</summary>
    public const string RevisionPublished = "revisionPublished";

    /// <summary>A proposal waits for the pen-holder.</summary>
    public const string ProposalWaiting = "proposalWaiting";

    /// <summary>The reader's delegation's proposal was accepted.</summary>
    public const string ProposalAccepted = "proposalAccepted";

    /// <summary>The reader's delegation's proposal was rejected.</summary>
    public const string ProposalRejected = "proposalRejected";
}
