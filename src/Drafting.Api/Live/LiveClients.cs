using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live;

/// <summary>
/// The clients and groups of the drafting hub, for those that send outside a hub call (the broadcaster, presence): the
/// host builds it from the hub's context, so that nothing here needs to know the hub class and the features it calls.
/// </summary>
/// <param name="Clients">Every connection, by group, user or connection id.</param>
/// <param name="Groups">The groups of the hub.</param>
public sealed record LiveClients(IHubClients<IDraftingClient> Clients, IGroupManager Groups);
