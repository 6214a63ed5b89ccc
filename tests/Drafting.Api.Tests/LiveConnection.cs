using System.Text.Json;
using System.Threading.Channels;
using Drafting.Api.Features.Comments;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Api.Startup;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>How tests reach the hub: WebSockets straight away (no negotiation), the signed-in client's bearer token.</summary>
public static class LiveConnection
{
    /// <summary>Points a hub connection builder at <paramref name="hubUrl"/> as the user <paramref name="signedIn"/> carries a token for.</summary>
    public static IHubConnectionBuilder WithHub(this IHubConnectionBuilder builder, Uri hubUrl, HttpClient signedIn)
    {
        var token = signedIn.DefaultRequestHeaders.Authorization!.Parameter;
        return builder.WithUrl(hubUrl, options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
            options.AccessTokenProvider = () => Task.FromResult(token);
        });
    }

    /// <summary>
    /// A started hub connection signed in as <paramref name="role"/> of <paramref name="scenario"/> (the app must listen on
    /// loopback). An extension here, not a member of Scenario, which the browser tests share without the SignalR client.
    /// </summary>
    public static Task<HubConnection> ConnectAsync(this Scenario scenario, string role) => StartAsync(scenario.App.HubUrl, scenario.Clients[role]);

    /// <summary>A started connection with the contract's JSON settings.</summary>
    public static async Task<HubConnection> StartAsync(Uri hubUrl, HttpClient signedIn)
    {
        var connection = new HubConnectionBuilder()
            .WithHub(hubUrl, signedIn)
            .AddJsonProtocol(options => ApplicationServices.ConfigureJson(options.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>Every event of <paramref name="method"/> the connection receives, in the order received.</summary>
    public static Channel<LiveEvent> Listen(this HubConnection connection, string method)
    {
        var channel = Channel.CreateUnbounded<LiveEvent>();
        connection.On<LiveEvent>(method, change => channel.Writer.TryWrite(change));
        return channel;
    }

    /// <summary>Hears the comment events of <paramref name="method"/> (each in the envelope of every logged event) as the comment, with the event's seq.</summary>
    public static IDisposable OnComment(this HubConnection connection, string method, Action<CommentDto> handler) =>
        connection.On<LiveEvent>(method, change => handler(change.Payload.Deserialize<CommentDto>(DraftingJson.Options)! with { Seq = change.Seq }));
}
