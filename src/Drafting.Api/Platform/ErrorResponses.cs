using Drafting.Contract;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Platform;

/// <summary>
/// The one mapping from a <see cref="Refusal"/> to what a caller gets: an HTTP status, a title and a stable
/// <see cref="ErrorCodes">code</see> in the ProblemDetails, or a hub error prefixed with the same code.
/// </summary>
public static class ErrorResponses
{
    /// <summary>The name of the ProblemDetails extension that carries the code.</summary>
    public const string CodeExtension = "code";

    /// <summary>The refusal as a ProblemDetails response.</summary>
    public static ProblemHttpResult ToProblem(this Refusal refusal) =>
        Problem(refusal.Message, Status(refusal.Kind), Title(refusal.Kind), Code(refusal.Kind));

    /// <summary>The refusal as a hub error: <c>"code: message"</c>.</summary>
    public static HubException ToHubException(this Refusal refusal) => new(ErrorCodes.HubMessage(Code(refusal.Kind), refusal.Message));

    /// <summary>A ProblemDetails response with an explicit code.</summary>
    public static ProblemHttpResult Problem(string detail, int status, string title, string code) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { [CodeExtension] = code });

    /// <summary>The HTTP status of a kind of refusal.</summary>
    public static int Status(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.NotParticipant or RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The stable code of a kind of refusal.</summary>
    public static string Code(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => ErrorCodes.InvalidRequest,
        RefusalKind.NotFound => ErrorCodes.NotFound,
        RefusalKind.NotParticipant => ErrorCodes.NotParticipant,
        RefusalKind.Forbidden => ErrorCodes.Forbidden,
        RefusalKind.Frozen => ErrorCodes.Frozen,
        RefusalKind.EditConflict => ErrorCodes.EditConflict,
        RefusalKind.InvalidTransition => ErrorCodes.InvalidTransition,
        RefusalKind.QuoteNotFound => ErrorCodes.QuoteNotFound,
        RefusalKind.PenholderNeeded => ErrorCodes.PenholderNeeded,
        RefusalKind.ProposalsOnly => ErrorCodes.ProposalsOnly,
        RefusalKind.PreviewRequired => ErrorCodes.PreviewRequired,
        _ => ErrorCodes.Conflict,
    };

    /// <summary>The code for a response that did not name one, from its status.</summary>
    public static string CodeForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.InvalidRequest,
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed => ErrorCodes.NotFound,
        StatusCodes.Status409Conflict => ErrorCodes.Conflict,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.TooLarge,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.Unavailable,
        >= 400 and < 500 => ErrorCodes.InvalidRequest,
        _ => ErrorCodes.ServerError,
    };

    private static string Title(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => "Invalid request",
        RefusalKind.NotFound => "Not found",
        RefusalKind.NotParticipant => "Not a participant",
        RefusalKind.Forbidden => "Not allowed for your role",
        RefusalKind.Frozen => "Text frozen",
        RefusalKind.EditConflict => "Edit conflict",
        RefusalKind.InvalidTransition => "Stage change refused",
        RefusalKind.QuoteNotFound => "Quote not found",
        RefusalKind.PenholderNeeded => "Pen-holder needed",
        RefusalKind.ProposalsOnly => "Proposals only",
        _ => "Conflict",
    };
}
