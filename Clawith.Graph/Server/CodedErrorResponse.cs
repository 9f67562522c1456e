using Clawith.Graph.Rest;
using GraphQL;

namespace Clawith.Graph.Server;

/// <summary>
/// A refusal written outside a GraphQL execution, in the error shape the route's clients read: a
/// GraphQL response (<c>errors[].extensions.code</c>) at /graphql, FastAPI's <c>{"detail": …}</c> elsewhere.
/// </summary>
public static class CodedErrorResponse
{
    public static async Task WriteAsync(HttpContext http, int status, ExecutionError error)
    {
        http.Response.StatusCode = status;
        if (!http.Request.Path.StartsWithSegments(GraphQLEndpoint.Path))
        {
            await http.Response.WriteAsJsonAsync(new RestError(error.Message), RestJson.Options, http.RequestAborted);
            return;
        }
        http.Response.ContentType = $"{GraphQLMediaTypes.Negotiate(http.Request) ?? GraphQLMediaTypes.Json}; charset=utf-8";
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>()
            .WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted);
    }
}
