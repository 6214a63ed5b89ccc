using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Drafting.Contract.Events;

/// <summary>
/// The payload record of each logged event type, and the one way payloads are written and read: the server serializes
/// through <see cref="Serialize"/> when it appends, the .NET client reads through <see cref="Read"/>, both with the
/// contract's source-generated JSON (camelCase, nulls left out).
/// </summary>
public static class EventPayloads
{
    private static readonly Dictionary<string, Type> ByType = new(StringComparer.Ordinal)
    {
        [EventTypes.ResolutionCreated] = typeof(ResolutionCreatedPayload),
        [EventTypes.ClauseChanged] = typeof(ClauseChangedPayload),
        [EventTypes.StructureChanged] = typeof(StructureChangedPayload),
        [EventTypes.SponsorsChanged] = typeof(SponsorsChangedPayload),
        [EventTypes.RevisionPublished] = typeof(RevisionPublishedPayload),
        [EventTypes.StageChanged] = typeof(StageChangedPayload),
        [EventTypes.ParticipantChanged] = typeof(ParticipantChangedPayload),
        [EventTypes.CommentAdded] = typeof(CommentPayload),
        [EventTypes.CommentChanged] = typeof(CommentPayload),
        [EventTypes.ModeChanged] = typeof(ModeChangedPayload),
        [EventTypes.ProposalAdded] = typeof(ProposalPayload),
        [EventTypes.ProposalChanged] = typeof(ProposalPayload),
        [EventTypes.SilenceChanged] = typeof(SilenceChangedPayload),
        [EventTypes.ResolutionNamed] = typeof(ResolutionNamedPayload),
    };

    /// <summary>The payload record of every logged event type.</summary>
    public static IReadOnlyDictionary<string, Type> Records => ByType;

    /// <summary>The payload record of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a logged event type.</exception>
    public static Type RecordOf(string type) =>
        ByType.TryGetValue(type, out var record) ? record : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a logged event type.");

    /// <summary>The JSON of <paramref name="payload"/> as logged for an event of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="payload"/> is not the record of <paramref name="type"/>.</exception>
    public static string Serialize(string type, EventPayload payload) => JsonSerializer.Serialize(payload, Info(type, payload));

    /// <summary><paramref name="payload"/> as a JSON element, for an event of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="payload"/> is not the record of <paramref name="type"/>.</exception>
    public static JsonElement ToJson(string type, EventPayload payload) => JsonSerializer.SerializeToElement(payload, Info(type, payload));

    /// <summary>The payload of an event of <paramref name="type"/>, stored in any of its shapes since the first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a logged event type.</exception>
    /// <exception cref="JsonException"><paramref name="payload"/> is not a payload of that type.</exception>
    public static EventPayload Read(string type, JsonElement payload) =>
        payload.Deserialize(ContractJsonContext.Default.GetTypeInfo(RecordOf(type))!) as EventPayload
        ?? throw new JsonException($"The payload of a {type} event is empty.");

    /// <summary>The camelCase name an enumeration's value travels as (<c>InBlue</c> → <c>inBlue</c>), as the page reads it.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static JsonTypeInfo Info(string type, EventPayload payload)
    {
        var record = RecordOf(type);
        return payload.GetType() == record
            ? ContractJsonContext.Default.GetTypeInfo(record)!
            : throw new ArgumentException($"A {type} event carries a {record.Name}, not a {payload.GetType().Name}.", nameof(payload));
    }
}
