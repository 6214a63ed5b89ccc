using Drafting.Api.Features.Resolutions;

namespace Drafting.Api.Features.Comments;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class CommentsFeature
{
    /// <summary>Registers the services of comments and replies.</summary>
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddSingleton<CommentStore>();
        services.AddScoped<CommentService>();
        services.AddSingleton<CommentBroadcast>();
        services.AddSingleton<CommentsChangedSender>(provider => provider.GetRequiredService<CommentBroadcast>().ChangedAsync);
        services.AddSingleton<CommentEventPayload>(CommentMapping.EventPayload);
        return services;
    }

    /// <summary>Maps the endpoints of comments and replies.</summary>
    public static IEndpointRouteBuilder MapCommentsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapComments();
        return routes;
    }
}
