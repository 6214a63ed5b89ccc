namespace Drafting.Api.Live;

/// <summary>
/// Who hears a message of a resolution: everyone who joined it, or one organization's participants there and, besides
/// them, the given users wherever they are (pen-holders of a comment written for them).
/// </summary>
/// <param name="Organization">The organization whose group hears it; null for everyone who joined.</param>
/// <param name="Users">Users who hear it on their own connections as well.</param>
public sealed record LiveAudience(string? Organization = null, IReadOnlyList<string>? Users = null)
{
    /// <summary>Everyone who joined the resolution.</summary>
    public static LiveAudience Everyone { get; } = new();
}
