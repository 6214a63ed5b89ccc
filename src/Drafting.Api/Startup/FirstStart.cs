using System.Security.Cryptography;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Import;

namespace Drafting.Api.Startup;

/// <summary>
/// What a node does when it starts: applies the database migrations, and on a new database creates the site
/// admin (password from <c>Drafting:AdminPassword</c> or a random one printed once) and imports the sample
/// resolution from seed 001 with a sample library of twelve adopted texts (<c>fixtures/library</c>); then prints
/// where it listens.
/// </summary>
public static class FirstStart
{
    /// <summary>Migrates, creates the admin and imports the sample when the database is new.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var lifetime = app.Lifetime.ApplicationStopping;
        await services.GetRequiredService<MigrationRunner>().MigrateAsync(lifetime);
        services.GetRequiredService<DraftingDatabase>().KeepFilePrivate();

        var users = services.GetRequiredService<UserStore>();
        if (await users.AnyAdminAsync(lifetime))
        {
            return;
        }

        var configured = app.Configuration["Drafting:AdminPassword"];
        if (!string.IsNullOrEmpty(configured) && configured.Length < 10)
        {
            throw new InvalidOperationException("Drafting__AdminPassword must have at least 10 characters, like every password.");
        }

        var password = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20) : configured;
        var admin = await services.GetRequiredService<AccountService>().CreateAsync("admin", password, "Site administrator", "Secretariat", isAdmin: true, lifetime);
        if (admin is null)
        {
            // Another node starting at the same time created the admin (and imports the sample) first.
            if (await users.AnyAdminAsync(lifetime))
            {
                return;
            }

            throw new InvalidOperationException("An account named 'admin' exists but is not an admin.");
        }

        if (app.Configuration.GetValue("Drafting:ImportSample", true))
        {
            await ImportSampleAsync(services.GetRequiredService<ResolutionStore>(), Guid.Parse(admin.Id), lifetime);
            var library = await ImportSampleLibraryAsync(services.GetRequiredService<LibraryImport>(), lifetime);
            app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(
                $"Sample library: {library} adopted resolutions (source: United Nations, UNxml); add more with 'library import <folder>' or on /library."));
        }

        var credentials = string.IsNullOrEmpty(configured)
            ? $"Admin account: user name 'admin', password '{password}' (shown once; set Drafting__AdminPassword to choose it)."
            : "Admin account: user name 'admin', password from Drafting__AdminPassword.";
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(credentials));
    }

    /// <summary>Prints where the service listens once Kestrel has bound its addresses.</summary>
    public static void PrintAddressesOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"Drafting is listening on {url} (sign in at {url.TrimEnd('/')}/sign-in, OpenAPI at {url.TrimEnd('/')}/openapi/v1.json)");
            }
        });

    /// <summary>Imports the sample library's files; a file it refuses is a broken build, not something to start without saying.</summary>
    private static async Task<int> ImportSampleLibraryAsync(LibraryImport import, CancellationToken cancellationToken)
    {
        const string Prefix = "Drafting.Api.Startup.library.";
        var assembly = typeof(FirstStart).Assembly;
        var files = new List<(string File, byte[]? Content, string? Refusal)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var content = new MemoryStream();
            await stream.CopyToAsync(content, cancellationToken);
            files.Add((name[Prefix.Length..], content.ToArray(), null));
        }

        var report = await import.ImportAsync(files, null, cancellationToken);
        if (report.Refused.Count > 0)
        {
            throw new InvalidOperationException("The sample library no longer imports: " + string.Join("; ", report.Refused.Select(r => $"{r.File}: {r.Reason}")));
        }

        return report.Imported.Count;
    }

    private static async Task ImportSampleAsync(ResolutionStore store, Guid adminId, CancellationToken cancellationToken)
    {
        await using var stream = typeof(FirstStart).Assembly.GetManifestResourceStream("Drafting.Api.Startup.seed-001.md")!;
        using var reader = new StreamReader(stream);
        var result = ResolutionImporter.Default.Import(await reader.ReadToEndAsync(cancellationToken), null, cancellationToken);
        var resolution = result.Resolution ?? throw new InvalidOperationException("The sample draft no longer imports: " + string.Join("; ", result.Errors));
        await store.CreateAsync(resolution, adminId, StructureChangeDto.Created(resolution), cancellationToken);
    }
}
