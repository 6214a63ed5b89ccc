namespace Drafting.Api.Features.Revisions;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class RevisionsFeature
{
    /// <summary>Registers the services of revisions, stages and diffs.</summary>
    public static IServiceCollection AddRevisions(this IServiceCollection services)
    {
        services.AddSingleton<RevisionStore>();
        services.AddSingleton<ExportBaseStore>();
        return services;
    }

    /// <summary>Maps the endpoints of revisions, stages and diffs.</summary>
    public static IEndpointRouteBuilder MapRevisionsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapRevisions();
        routes.MapStage();
        routes.MapDiff();
        return routes;
    }
}
