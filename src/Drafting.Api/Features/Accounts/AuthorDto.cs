namespace Drafting.Api.Features.Accounts;

/// <summary>The author of a comment, proposal or clause version as others see them.</summary>
public sealed record AuthorDto(string Id, string DisplayName, string Organization);
