using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drafting.Contract.Events;

/// <summary>Source-generated JSON of the event payloads: camelCase names, nulls left out, as the page reads them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResolutionCreatedPayload))]
[JsonSerializable(typeof(ClauseChangedPayload))]
[JsonSerializable(typeof(StructureChangedPayload))]
[JsonSerializable(typeof(SponsorsChangedPayload))]
[JsonSerializable(typeof(RevisionPublishedPayload))]
[JsonSerializable(typeof(StageChangedPayload))]
[JsonSerializable(typeof(ParticipantChangedPayload))]
[JsonSerializable(typeof(CommentPayload))]
[JsonSerializable(typeof(ModeChangedPayload))]
[JsonSerializable(typeof(ProposalPayload))]
[JsonSerializable(typeof(SilenceChangedPayload))]
[JsonSerializable(typeof(ResolutionNamedPayload))]
[JsonSerializable(typeof(NotificationDto))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
