using System.ComponentModel.DataAnnotations;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

// Request bodies: every member is nullable so that a missing one gets a clear 400 naming it, rather than a silent default.

/// <summary>A new empty resolution.</summary>
public sealed record CreateResolutionRequest(string? Organ = null, string? Formula = null, string? Title = null, string? Symbol = null, string? Code = null);

/// <summary>A sponsor as sent in the sponsor list.</summary>
public sealed record SponsorInput(string? Name, SponsorRole? Role, DateOnly? Joined, DateOnly? Withdrawn);

/// <summary>A participant to add, by user name.</summary>
public sealed record AddParticipantRequest([property: Required] string? UserName = null, [property: Required] ParticipantRole? Role = null);

/// <summary>A participant as listed.</summary>
public sealed record ParticipantDto(string UserId, string UserName, string DisplayName, string Organization, ParticipantRole Role);

/// <summary>An account one may add, with its role when it already takes part (null: not yet).</summary>
public sealed record ParticipantCandidateDto(string UserName, string DisplayName, string Organization, ParticipantRole? Role);

/// <summary>A lint finding as JSON.</summary>
public sealed record LintFindingDto(string? ClauseId, string Code, string Message, string Severity);
