using Microsoft.Playwright;

namespace Drafting.Web.Tests.Browser;

/// <summary>Pictures of one part of a page for a person to look at: written to DRAFTING_SCREENSHOTS when set, else not taken.</summary>
public static class Screenshots
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("DRAFTING_SCREENSHOTS") is { Length: > 0 } configured ? Path.GetFullPath(configured) : null;

    /// <summary>Where whole-page pictures go: DRAFTING_SCREENSHOTS when set, else a temporary folder.</summary>
    public static string FolderOrTemp { get; } = Folder ?? Directory.CreateTempSubdirectory("drafting-screenshots-").FullName;

    public static async Task OfAsync(ILocator part, string name)
    {
        if (Folder is null)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await part.ScreenshotAsync(new() { Path = Path.Combine(Folder, name) });
    }
}
