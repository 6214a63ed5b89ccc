using Microsoft.AspNetCore.Identity;
namespace Drafting.Api.Features.Accounts;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class AccountsFeature
{
    /// <summary>Registers the services of sign-in, sessions and users.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddScoped<AccountService>();
        services.AddSingleton<Sessions>();
        services.AddSingleton<SignInLimits>();
        services.AddSingleton<OpenHubSessions>();
        services.AddSingleton<SessionHubFilter>();
        services.AddHostedService<EndedSessionSweep>();
        services.AddSingleton<UserStore>();
        return services;
    }

    /// <summary>Maps the endpoints of sign-in, sessions and users.</summary>
    public static IEndpointRouteBuilder MapAccountsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapAuth();
        routes.MapUsers();
        return routes;
    }
}
