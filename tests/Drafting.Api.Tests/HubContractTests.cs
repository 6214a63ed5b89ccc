using System.Reflection;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Contract;

namespace Drafting.Api.Tests;

/// <summary>The contract's list of hub methods is the hub's: a method added, renamed or removed on one side fails here.</summary>
public class HubContractTests
{
    [Fact]
    public void The_contracts_server_methods_are_the_hubs_public_methods()
    {
        var declared = typeof(DraftingHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name != nameof(DraftingHub.OnDisconnectedAsync) && m.Name != nameof(DraftingHub.OnConnectedAsync))
            .Select(m => m.Name);
        Assert.Equal(declared.Order(StringComparer.Ordinal), HubMethods.Server.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_contracts_client_methods_are_what_the_hub_calls_on_clients()
    {
        var called = typeof(IDraftingClient).GetMethods().Select(m => m.Name);
        Assert.Equal(called.Order(StringComparer.Ordinal), HubMethods.Client.Order(StringComparer.Ordinal));
    }
}
