using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Notifications;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Live.Presence;
using Drafting.Api.Platform;
using Drafting.Api.Platform.Health;
using Drafting.Api.Platform.Limits;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;

namespace Drafting.Api.Startup;

/// <summary>Registers everything the API needs: storage, accounts, authentication, JSON, problems, limits.</summary>
public static class ApplicationServices
{
    private const string PolicyScheme = "BearerOrCookie";

    /// <summary>Adds Drafting's services to the host.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The request line carries the hub's access_token in its query: never logged, whatever the configured levels.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        // A refused hub call is logged once by HubCallLogFilter, at Information and without a stack trace.
        builder.Logging.AddFilter(HubCallLogFilter.DispatcherCategory, LogLevel.Critical);
        var database = AddStorage(builder);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<ParticipantLimits>();
        services.AddSingleton<ParticipantLimitsHubFilter>();
        services.AddSingleton(provider =>
        {
            var hub = provider.GetRequiredService<IHubContext<DraftingHub, IDraftingClient>>();
            return new LiveClients(hub.Clients, hub.Groups);
        });
        services.AddSingleton<LiveBroadcaster>();
        services.AddSingleton<GroupMembership>();
        var signalR = services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = 256 * 1024;
                options.AddFilter<HubCallLogFilter>();
                options.AddFilter<DatabaseUnavailableHubFilter>();
                options.AddFilter<SessionHubFilter>();
                options.AddFilter<ParticipantLimitsHubFilter>();
            })
            .AddJsonProtocol(options => ConfigureJson(options.PayloadSerializerOptions));
        var redis = builder.Configuration.GetConnectionString("Redis");
        services.AddPresence(builder.Configuration, redis);
        if (!string.IsNullOrEmpty(redis))
        {
            // What the nodes must agree on at once: ended sessions and per-user budgets.
            services.AddSingleton(_ => new SharedRedis(redis));
            services.AddHostedService<SessionEndBroadcast>();
            // Fans hub messages out to the other nodes; at most once, which is why clients catch up by seq.
            signalR.AddStackExchangeRedis(redis, options =>
            {
                options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("Drafting");
                // While Redis is down a send fails at once instead of holding an acknowledged edit for the backlog timeout.
                options.Configuration.BacklogPolicy = StackExchange.Redis.BacklogPolicy.FailFast;
            });
        }

        AddDataProtection(builder, database);
        AddAuthentication(services, TimeSpan.FromMinutes(builder.Configuration.GetValue("Drafting:AccessTokenMinutes", 60)));

        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd(ErrorResponses.CodeExtension, ErrorResponses.CodeForStatus(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode)));
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<DiskSpaceHealthCheck>("disk");

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);
        var attemptsPerMinute = builder.Configuration.GetValue("Drafting:SignInAttemptsPerMinute", 120);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                // Say when to come back: a fixed window of a minute at most.
                context.HttpContext.Response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(AuthApi.SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    /// <summary>camelCase names and enum values, every feature's source-generated metadata first.</summary>
    public static void ConfigureJson(JsonSerializerOptions options) =>
        DraftingJson.Configure(options, DraftingJsonContext.Default, LibraryJsonContext.Default);

    private static DraftingDatabase AddStorage(WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Drafting") is { Length: > 0 } configured
            ? configured
            : $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "data", "drafting.db")}";
        var database = new DraftingDatabase(connectionString) { Followers = [new NotificationWriter()] };
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(SqliteDataDirectory(builder, connectionString));
        }

        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddSingleton<EventReader>();
        builder.Services.AddSingleton<LibraryStore>();
        builder.Services.AddSingleton<LibrarySearchStore>();
        builder.Services.AddSingleton<LibrarySearch>();
        builder.Services.AddSingleton<AgreedLanguageCheck>();
        builder.Services.AddSingleton<AgreedLanguageWarmUp>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<AgreedLanguageWarmUp>());
        builder.Services.AddSingleton<LibraryWordFrequencies>();
        builder.Services.AddSingleton<LibraryImport>();
        builder.Services.AddSingleton<LibrarySources>();
        builder.Services.AddSingleton<ParagraphHistory>();
        return database;
    }

    private static string SqliteDataDirectory(WebApplicationBuilder builder, string connectionString) =>
        Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)) ?? builder.Environment.ContentRootPath;

    /// <summary>Keys beside the SQLite file for one node; in the shared PostgreSQL database when nodes must read each other's tokens.</summary>
    private static void AddDataProtection(WebApplicationBuilder builder, DraftingDatabase database)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Drafting");
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            dataProtection.AddKeyManagementOptions(options => options.XmlRepository = new DatabaseXmlRepository(database, TimeProvider.System));
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(SqliteDataDirectory(builder, database.ConnectionString), "keys")));
        }
    }

    private static void AddAuthentication(IServiceCollection services, TimeSpan accessTokenLifetime)
    {
        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "Bearer token or cookie", options =>
                options.ForwardDefaultSelector = http =>
                    CrossSiteRequestGuard.CarriesToken(http.Request)
                        ? BearerTokenDefaults.AuthenticationScheme
                        : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddBearerToken(options =>
            {
                // Short-lived: a client keeps going with POST /api/auth/refresh, which checks the session again.
                options.BearerTokenExpiration = accessTokenLifetime;
                options.RefreshTokenExpiration = Sessions.LongestLifetime;
                // Tokens travel in the Authorization header; only the WebSocket handshake may carry one in the query.
                options.Events.OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is { Count: > 0 } token)
                    {
                        context.Token = token.ToString();
                    }

                    return Task.CompletedTask;
                };
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = ApplicationCookie.Name;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                options.SlidingExpiration = true;
                options.LoginPath = "/sign-in";
                options.Events.OnRedirectToLogin = context => Refuse(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Refuse(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    /// <summary>API and hub callers get a status code; browsers asking for a page are sent to sign in.</summary>
    private static Task Refuse(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hubs") || status == StatusCodes.Status403Forbidden)
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
