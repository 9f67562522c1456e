using Clawith.Graph.Auth;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Rest;

/// <summary>A request the routes refuse, answered as FastAPI does: the status and <c>{"detail": "..."}</c>.</summary>
public sealed class RestRejection(int status, string detail) : Exception(detail)
{
    public int Status => status;

    /// <summary>A malformed id or body (FastAPI's 422).</summary>
    public static RestRejection Unprocessable(string detail) => new(StatusCodes.Status422UnprocessableEntity, detail);

    /// <summary>A policy's denial: 401 without a valid token, 404 for a missing agent or session, else 403.</summary>
    public static RestRejection From(AccessDenial denial) => new(denial.Code switch
    {
        ErrorCodes.NotAuthenticated => StatusCodes.Status401Unauthorized,
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status403Forbidden,
    }, denial.Message);
}

/// <summary>Turns a <see cref="RestRejection"/> thrown anywhere in a route into its error response.</summary>
public sealed class RestRejectionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (RestRejection rejection)
        {
            return Answer(rejection, context.HttpContext);
        }
    }

    /// <summary>The rejection's status and body; a 401 names the scheme to authenticate with.</summary>
    public static IResult Answer(RestRejection rejection, HttpContext http)
    {
        if (rejection.Status == StatusCodes.Status401Unauthorized)
            http.Response.Headers.WWWAuthenticate = "Bearer";
        return RestJson.Result(new RestError(rejection.Message), rejection.Status);
    }
}

/// <summary>FastAPI's error body.</summary>
public sealed record RestError(string Detail);
