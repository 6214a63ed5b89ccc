namespace Drafting.Contract.Events;

/// <summary>
/// The payload of one event of a resolution's log, as stored and as it travels in the envelope
/// (<c>{resolutionId, seq, type, actorId, payload, createdAt}</c>), live and through <c>CatchUp</c> alike.
/// Each type of <see cref="EventTypes.Logged"/> has exactly one payload record (<see cref="EventPayloads"/>).
/// </summary>
/// <remarks>
/// Versioned by tolerance: stored events keep the JSON they were written with, so a member added later is nullable
/// (absent in older events), and a member dropped later is simply no longer read. Values of the server's enumerations
/// travel as their camelCase names (<c>"inBlue"</c>, <c>"penholder"</c>), as the page reads them.
/// </remarks>
public abstract record EventPayload;
