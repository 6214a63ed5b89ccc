using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Drafting.Api.Tests;

/// <summary>
/// The real API on a real SQLite file of its own; a second instance on the same directory is a restart.
/// <see cref="OnLoopback"/> serves it with Kestrel on a free loopback port instead of the in-memory test server.
/// With a PostgreSQL <c>connectionString</c> (and a Redis one) several instances on the same database are the nodes of one deployment.
/// </summary>
public sealed class DraftingApplication : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-password-for-tests";

    public DraftingApplication(string? dataDirectory = null, string? connectionString = null, string? redis = null, TimeProvider? time = null)
    {
        Time = time;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("drafting-tests-").FullName;
        ConnectionString = connectionString ?? DefaultConnectionString();
        Redis = redis;
    }

    /// <summary>An application listening with Kestrel on 127.0.0.1 at a port the system picks.</summary>
    public static DraftingApplication OnLoopback(string? dataDirectory = null, string? connectionString = null, string? redis = null, TimeProvider? time = null)
    {
        var app = new DraftingApplication(dataDirectory, connectionString, redis, time);
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    /// <summary>An application on the loopback port with settings chosen before it starts.</summary>
    public static DraftingApplication OnLoopbackAfter(Action<Dictionary<string, string?>> configure)
    {
        var app = new DraftingApplication();
        configure(app.Settings);
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    public string DataDirectory { get; }

    /// <summary>Settings a test changes before the server starts (they win over the defaults above).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>When set before the server starts, changes its services last (a test's transport options, say).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>When set before the server starts, receives every log message at every level.</summary>
    public CapturedLogs? Logs { get; set; }

    /// <summary>The clock the server runs on, when a test sets it (a FakeTimeProvider); the system clock otherwise.</summary>
    public TimeProvider? Time { get; }

    /// <summary>
    /// The SQLite file in <see cref="DataDirectory"/>; with <c>DRAFTING_TEST_DATABASE=postgresql</c> a fresh database on the
    /// test PostgreSQL server instead, to run the whole suite against PostgreSQL; it is named after the data directory,
    /// so a second instance on the same directory is a restart there too.
    /// </summary>
    private string DefaultConnectionString()
    {
        if (Environment.GetEnvironmentVariable("DRAFTING_TEST_DATABASE") != "postgresql")
        {
            return $"Data Source={DatabaseFile};Pooling=False";
        }

        var name = "drafting_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(DataDirectory)))[..24];
        return Task.Run(async () => await (await Servers.PostgreSqlServer.SharedAsync()).DatabaseAsync(name)).GetAwaiter().GetResult();
    }

    /// <summary>The database: the SQLite file in <see cref="DataDirectory"/> unless a PostgreSQL one was given.</summary>
    public string ConnectionString { get; }

    /// <summary>Whether the database is PostgreSQL (a <c>Host=…</c> connection string) rather than the SQLite file.</summary>
    public bool IsPostgreSql => ConnectionString.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>An open connection to the application's database, for a test that reads or changes it directly.</summary>
    public System.Data.Common.DbConnection OpenDatabase()
    {
        System.Data.Common.DbConnection connection = IsPostgreSql ? new Npgsql.NpgsqlConnection(ConnectionString) : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The Redis backplane, if any.</summary>
    public string? Redis { get; }

    /// <summary>The hub's address: on the loopback port when served by Kestrel.</summary>
    public Uri HubUrl => new(ClientOptions.BaseAddress, "/hubs/drafting");

    public string DatabaseFile => Path.Combine(DataDirectory, "drafting.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Drafting", ConnectionString);
        if (Redis is not null)
        {
            builder.UseSetting("ConnectionStrings:Redis", Redis);
        }

        builder.UseSetting("Drafting:AdminPassword", AdminPassword);
        builder.UseSetting("Drafting:ImportSample", "false");
        builder.UseSetting("Drafting:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Drafting:SignInAttemptsPerUserPerMinute", "100000");
        // Tests make calls much faster than people do; the limits have tests of their own that set them low.
        builder.UseSetting("Drafting:Limits:EditsPerSecond", "100000");
        builder.UseSetting("Drafting:Limits:EditBurst", "100000");
        builder.UseSetting("Drafting:Limits:ProposalsPerMinute", "1000000");
        builder.UseSetting("Drafting:Limits:CommentsPerMinute", "1000000");
        builder.UseSetting("Drafting:Limits:FocusPerSecond", "100000");
        builder.UseSetting("Drafting:Limits:ReadsPerSecond", "100000");
        builder.UseSetting("Drafting:Limits:ReadBurst", "100000");
        builder.UseSetting("Drafting:Limits:ExportsPerMinute", "1000000");
        if (Time is not null)
        {
            // Tests that move the clock by hours keep their tokens (an hour by default).
            builder.UseSetting("Drafting:AccessTokenMinutes", "1440");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Logging levels are read when first used, so settings added last win over appsettings.json.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings.Where(setting => setting.Key.StartsWith("Logging:", StringComparison.Ordinal))));
        if (Logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        if (Time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>A client carrying a bearer token for <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> AdminAsync() => ClientForAsync("admin", AdminPassword);

    /// <summary>Creates an account through the admin API and returns a signed-in client for it.</summary>
    public async Task<HttpClient> UserAsync(string userName, string organization = "France")
    {
        using var admin = await AdminAsync();
        var password = $"{userName}-password-123";
        var created = await admin.PostAsJsonAsync("/api/users", new { userName, password, displayName = userName, organization });
        created.EnsureSuccessStatusCode();
        return await ClientForAsync(userName, password);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
