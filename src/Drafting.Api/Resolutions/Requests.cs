using Drafting.Api.Storage;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Resolutions;

// Request bodies: every member is nullable so that a missing one gets a clear 400 naming it,
// rather than a silent default.

/// <summary>Credentials for a token or a cookie.</summary>
public sealed record CredentialsRequest(string? UserName, string? Password);

/// <summary>A new account.</summary>
public sealed record CreateUserRequest(string? UserName, string? Password, string? DisplayName, string? Organization, bool? IsAdmin);

/// <summary>An account as others may see it.</summary>
public sealed record UserDto(string Id, string UserName, string DisplayName, string Organization, bool IsAdmin)
{
    /// <summary>The public form of an account.</summary>
    public static UserDto From(UserAccount account) => new(account.Id, account.UserName, account.DisplayName, account.Organization, account.IsAdmin);
}

/// <summary>A new empty resolution.</summary>
public sealed record CreateResolutionRequest(string? Organ, string? Formula, string? Title, string? Symbol, string? Code);

/// <summary>A clause edit made on <paramref name="BaseVersion"/> of the clause.</summary>
public sealed record EditClauseRequest(string? Text, int? BaseVersion, string? OpId);

/// <summary>The outcome of a clause edit: <c>applied</c>, <c>conflict</c> (with the current text) or <c>duplicate</c>.</summary>
public sealed record EditClauseResult(string Status, string ClauseId, int Version, string Text, string? Opening, long Seq);

/// <summary>A new clause at <paramref name="Position"/> (zero-based) of its list.</summary>
public sealed record InsertClauseRequest(ClauseKind? Kind, string? ParentId, int? Position, string? Text, string? OpId);

/// <summary>A clause moved to <paramref name="Position"/> (zero-based) within its list.</summary>
public sealed record MoveClauseRequest(int? Position, string? OpId);

/// <summary>A sponsor as sent in the sponsor list.</summary>
public sealed record SponsorInput(string? Name, SponsorRole? Role, DateOnly? Joined, DateOnly? Withdrawn);

/// <summary>A structure or sponsor change as it is logged and returned.</summary>
public sealed record StructureChange(string Change, string? ClauseId, long Seq, int Version);

/// <summary>A participant to add, by user name.</summary>
public sealed record AddParticipantRequest(string? UserName, ParticipantRole? Role);

/// <summary>A participant as listed.</summary>
public sealed record ParticipantDto(string UserId, string UserName, string DisplayName, string Organization, ParticipantRole Role);

/// <summary>A lint finding as JSON.</summary>
public sealed record LintFindingDto(string? ClauseId, string Code, string Message, string Severity);
