using Drafting.Api.Features.Resolutions;

namespace Drafting.Api.Features.Negotiation;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class NegotiationFeature
{
    /// <summary>Registers the services of mode, proposals, silence and Word review.</summary>
    public static IServiceCollection AddNegotiation(this IServiceCollection services)
    {
        services.AddSingleton<ProposalStore>();
        services.AddSingleton<SilenceStore>();
        services.AddSingleton<ProposalEventPayload>(NegotiationMapping.ProposalPayload);
        services.AddSingleton<SilenceEventPayload>(NegotiationMapping.SilencePayload);
        services.AddScoped<ProposalService>();
        services.AddScoped<SilenceService>();
        services.AddSingleton<SilenceDeadlines>();
        services.AddHostedService(provider => provider.GetRequiredService<SilenceDeadlines>());
        return services;
    }

    /// <summary>Maps the endpoints of mode, proposals, silence and Word review.</summary>
    public static IEndpointRouteBuilder MapNegotiationEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMode();
        routes.MapProposals();
        routes.MapWordReview();
        routes.MapSilence();
        return routes;
    }
}
