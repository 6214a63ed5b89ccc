namespace Drafting.Api.Platform;

/// <summary>
/// Who may read an event, stored in the event's own columns so that catch-up and replay decide it without reading the
/// payload: a visibility (a comment's, as stored: All, Penholder, Organization) and the organization it belongs to.
/// </summary>
/// <param name="Visibility">The visibility, as stored.</param>
/// <param name="Organization">The organization whose words these are.</param>
public sealed record EventAudience(string Visibility, string Organization);
