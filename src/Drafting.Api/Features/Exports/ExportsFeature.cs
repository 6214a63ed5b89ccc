namespace Drafting.Api.Features.Exports;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class ExportsFeature
{
    /// <summary>Registers the services of Word and Markdown out and in.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        return services;
    }

    /// <summary>Maps the endpoints of Word and Markdown out and in.</summary>
    public static IEndpointRouteBuilder MapExportsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapExports();
        routes.MapImport();
        return routes;
    }
}
