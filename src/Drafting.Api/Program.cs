using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Exports;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Features.Notifications;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Api.Hubs;
using Drafting.Api.Platform;
using Drafting.Api.Startup;
using Drafting.Web;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();
builder.AddApplicationServices();
builder.Services.AddAccounts().AddResolutions().AddClauses().AddComments().AddRevisions().AddNegotiation().AddNotifications().AddExports();

var app = builder.Build();
app.UseMiddleware<HtmlAnswerHeaders>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles(Pages.StaticFiles);
app.UseMiddleware<CrossSiteRequestGuard>();
app.UseAuthentication();
app.UseMiddleware<EndedSessionGuard>();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapAccountsEndpoints();
app.MapResolutionsEndpoints();
app.MapClausesEndpoints();
app.MapCommentsEndpoints();
app.MapRevisionsEndpoints();
app.MapNegotiationEndpoints();
app.MapNotificationsEndpoints();
app.MapExportsEndpoints();
app.MapLibraryEndpoints();
app.MapPages();
app.MapHub<DraftingHub>("/hubs/drafting");

if (args is [AdminPasswordReset.Command])
{
    await app.ResetAdminPasswordAsync();
    return;
}

if (args is [LibraryCommand.Command, LibraryCommand.Import, var folder])
{
    await app.ImportLibraryAsync(folder);
    return;
}

if (args is [LibraryCommand.Command, LibraryCommand.Remove, .. var symbols] && symbols.Length > 0)
{
    await app.RemoveFromLibraryAsync(symbols);
    return;
}

await app.MigrateAndSeedAsync();
app.PrintAddressesOnStart();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
