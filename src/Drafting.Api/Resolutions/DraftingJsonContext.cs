using System.Text.Json;
using System.Text.Json.Serialization;
using Drafting.Api.Storage;

namespace Drafting.Api.Resolutions;

/// <summary>Source-generated JSON for the public contract: camelCase names (enums become camelCase strings through the converter added in AddApplicationServices).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResolutionDto))]
[JsonSerializable(typeof(Revisions.RevisionDto))]
[JsonSerializable(typeof(List<Revisions.RevisionDto>))]
[JsonSerializable(typeof(Revisions.RevisionDetailDto))]
[JsonSerializable(typeof(Revisions.PublishRevisionRequest))]
[JsonSerializable(typeof(Revisions.ChangeStageRequest))]
[JsonSerializable(typeof(Revisions.StageDto))]
[JsonSerializable(typeof(Revisions.DiffDto))]
[JsonSerializable(typeof(List<Revisions.ClauseVersionDto>))]
[JsonSerializable(typeof(Auth.CredentialsRequest))]
[JsonSerializable(typeof(Auth.CreateUserRequest))]
[JsonSerializable(typeof(Auth.UserDto))]
[JsonSerializable(typeof(CreateResolutionRequest))]
[JsonSerializable(typeof(EditClauseRequest))]
[JsonSerializable(typeof(EditClauseResult))]
[JsonSerializable(typeof(InsertClauseRequest))]
[JsonSerializable(typeof(MoveClauseRequest))]
[JsonSerializable(typeof(SponsorInput[]))]
[JsonSerializable(typeof(StructureChangeDto))]
[JsonSerializable(typeof(AddParticipantRequest))]
[JsonSerializable(typeof(ParticipantDto))]
[JsonSerializable(typeof(List<ParticipantDto>))]
[JsonSerializable(typeof(List<LintFindingDto>))]
[JsonSerializable(typeof(List<ResolutionSummary>))]
[JsonSerializable(typeof(List<SponsorDto>))]
[JsonSerializable(typeof(Live.EditClauseCommand))]
[JsonSerializable(typeof(Comments.CommentDto))]
[JsonSerializable(typeof(List<Comments.CommentDto>))]
[JsonSerializable(typeof(Comments.AddCommentRequest))]
[JsonSerializable(typeof(Comments.UpdateCommentRequest))]
[JsonSerializable(typeof(Live.JoinSnapshot))]
[JsonSerializable(typeof(Live.Presence.PresenceSnapshot))]
[JsonSerializable(typeof(IReadOnlyList<Live.LiveEvent>))]
public sealed partial class DraftingJsonContext : JsonSerializerContext;
