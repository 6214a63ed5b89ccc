using Drafting.Contract.Events;

namespace Drafting.Api.Features.Accounts;

/// <summary>The author of a comment, proposal or clause version as others see them.</summary>
public sealed record AuthorDto(string Id, string DisplayName, string Organization)
{
    /// <summary>The author as events name them.</summary>
    public PersonPayload ToPayload() => new(Id, DisplayName, Organization);
}
