namespace Drafting.Api.Features.Resolutions;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class ResolutionsFeature
{
    /// <summary>Registers the services of the resolution, its one write, participants, sponsors and names.</summary>
    public static IServiceCollection AddResolutions(this IServiceCollection services)
    {
        services.AddSingleton<CommentAnchors>();
        services.AddSingleton<ResolutionStore>();
        services.AddSingleton<AuthorshipStore>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<WriteBroadcast>();
        services.AddSingleton<ResolutionChanges>();
        return services;
    }

    /// <summary>Maps the endpoints of the resolution, its one write, participants, sponsors and names.</summary>
    public static IEndpointRouteBuilder MapResolutionsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapResolutions();
        routes.MapSponsors();
        routes.MapParticipants();
        routes.MapNaming();
        return routes;
    }
}
