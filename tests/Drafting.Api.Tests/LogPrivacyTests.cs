using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>A token in a log file is a session anyone with the log can take over.</summary>
public class LogPrivacyTests
{
    [Fact]
    public async Task The_hub_access_token_never_reaches_the_log_even_at_trace_level()
    {
        var logs = new CapturedLogs();
        await using var app = DraftingApplicationWithLogs(logs);
        using var drafter = await app.UserAsync("drafter", "Ghana");
        var token = drafter.DefaultRequestHeaders.Authorization!.Parameter!;

        // As a browser connects: WebSockets cannot carry headers there, so the token rides in the query.
        using var socket = new ClientWebSocket();
        var address = new UriBuilder(app.HubUrl) { Scheme = "ws", Query = "access_token=" + Uri.EscapeDataString(token) }.Uri;
        await socket.ConnectAsync(address, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1024];
        var handshake = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, handshake.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);

        Assert.NotEmpty(logs.Messages);
        Assert.Contains(logs.Messages, message => message.Contains("/hubs/drafting", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, message => message.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, message => message.Contains("access_token=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_are_not_logged_one_line_each_by_default()
    {
        var logs = new CapturedLogs();
        await using var app = new DraftingApplication { Logs = logs };
        using var admin = await app.AdminAsync();
        for (var i = 0; i < 20; i++)
        {
            (await admin.GetAsync("/api/resolutions")).EnsureSuccessStatusCode();
        }

        Assert.DoesNotContain(logs.Messages, message => message.Contains("Request starting", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, message => message.Contains("Executing endpoint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_hub_call_is_logged_once_at_information_without_a_stack_trace()
    {
        var logs = new CapturedLogs();
        var app = new DraftingApplication { Logs = logs };
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        await using var scenario = await Scenario.CreateAsync(app);
        await using var outsider = await scenario.ConnectAsync("outsider");
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => outsider.InvokeAsync<JsonElement>("AddComment", scenario.ResolutionId,
            new { clauseId = scenario.ClauseId("operative", 0), body = "Slipped in through the hub.", visibility = "all" }));

        var about = logs.Messages.Where(m => m.Contains("Hub call", StringComparison.Ordinal) || m.Contains("Failed to invoke", StringComparison.Ordinal) || m.Contains("HubException", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(about);
        Assert.StartsWith("Drafting.Api.Live.HubCallLogFilter Information: Hub call AddComment refused: not-participant", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(" Error: ", StringComparison.Ordinal) || m.Contains(" Critical: ", StringComparison.Ordinal));
    }

    private static DraftingApplication DraftingApplicationWithLogs(CapturedLogs logs)
    {
        var app = new DraftingApplication { Logs = logs };
        app.Settings["Logging:LogLevel:Default"] = "Trace";
        app.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        app.Settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace";
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }
}
