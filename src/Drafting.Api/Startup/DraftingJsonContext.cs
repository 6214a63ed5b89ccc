using System.Text.Json;
using System.Text.Json.Serialization;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Features.Notifications;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Live.Presence;
using Drafting.Contract;

namespace Drafting.Api.Startup;

/// <summary>Source-generated JSON for the public contract: camelCase names (enums become camelCase strings through the converter added in AddApplicationServices).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResolutionDto))]
[JsonSerializable(typeof(RevisionDto))]
[JsonSerializable(typeof(List<RevisionDto>))]
[JsonSerializable(typeof(RevisionDetailDto))]
[JsonSerializable(typeof(PublishRevisionRequest))]
[JsonSerializable(typeof(ChangeStageRequest))]
[JsonSerializable(typeof(StageDto))]
[JsonSerializable(typeof(DiffDto))]
[JsonSerializable(typeof(List<ClauseVersionDto>))]
[JsonSerializable(typeof(CredentialsRequest))]
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(UserDto))]
[JsonSerializable(typeof(List<UserDto>))]
[JsonSerializable(typeof(RefreshRequest))]
[JsonSerializable(typeof(ChangePasswordRequest))]
[JsonSerializable(typeof(UpdateUserRequest))]
[JsonSerializable(typeof(CreateResolutionRequest))]
[JsonSerializable(typeof(EditClauseRequest))]
[JsonSerializable(typeof(EditClauseResult))]
[JsonSerializable(typeof(InsertClauseRequest))]
[JsonSerializable(typeof(MoveClauseRequest))]
[JsonSerializable(typeof(SponsorInput[]))]
[JsonSerializable(typeof(StructureChangeDto))]
[JsonSerializable(typeof(AddParticipantRequest))]
[JsonSerializable(typeof(NameDraftRequest))]
[JsonSerializable(typeof(NamesDto))]
[JsonSerializable(typeof(List<NamingChangeDto>))]
[JsonSerializable(typeof(List<ParticipantCandidateDto>))]
[JsonSerializable(typeof(ParticipantDto))]
[JsonSerializable(typeof(List<ParticipantDto>))]
[JsonSerializable(typeof(List<LintFindingDto>))]
[JsonSerializable(typeof(List<ResolutionSummary>))]
[JsonSerializable(typeof(NotificationDto))]
[JsonSerializable(typeof(List<NotificationDto>))]
[JsonSerializable(typeof(MarkReadRequest))]
[JsonSerializable(typeof(UnreadDto))]
[JsonSerializable(typeof(List<SponsorDto>))]
[JsonSerializable(typeof(EditClauseCommand))]
[JsonSerializable(typeof(CommentDto))]
[JsonSerializable(typeof(List<CommentDto>))]
[JsonSerializable(typeof(AddCommentRequest))]
[JsonSerializable(typeof(UpdateCommentRequest))]
[JsonSerializable(typeof(JoinSnapshot))]
[JsonSerializable(typeof(ModeDto))]
[JsonSerializable(typeof(SetModeRequest))]
[JsonSerializable(typeof(ProposeRequest))]
[JsonSerializable(typeof(ProposalActionRequest))]
[JsonSerializable(typeof(DecideProposalRequest))]
[JsonSerializable(typeof(ProposalDto))]
[JsonSerializable(typeof(List<ProposalDto>))]
[JsonSerializable(typeof(AcceptedChangeDto))]
[JsonSerializable(typeof(AcceptResultDto))]
[JsonSerializable(typeof(StartSilenceRequest))]
[JsonSerializable(typeof(BreakSilenceRequest))]
[JsonSerializable(typeof(SilenceDto))]
[JsonSerializable(typeof(List<SilenceRecordDto>))]
[JsonSerializable(typeof(ProposalPreviewDto))]
[JsonSerializable(typeof(WordReviewDto))]
[JsonSerializable(typeof(PresenceSnapshot))]
[JsonSerializable(typeof(PresenceDelta))]
[JsonSerializable(typeof(IReadOnlyList<LiveEvent>))]
public sealed partial class DraftingJsonContext : JsonSerializerContext;
