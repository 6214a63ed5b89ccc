namespace Drafting.Api.Features.Clauses;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class ClausesFeature
{
    /// <summary>Registers the services of clause edits and structure changes.</summary>
    public static IServiceCollection AddClauses(this IServiceCollection services)
    {
        services.AddScoped<ClauseEditService>();
        services.AddSingleton<ClauseEditQueue>();
        return services;
    }

    /// <summary>Maps the endpoints of clause edits and structure changes.</summary>
    public static IEndpointRouteBuilder MapClausesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapClauses();
        return routes;
    }
}
