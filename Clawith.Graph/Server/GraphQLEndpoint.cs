using System.Globalization;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Server.Persisted;
using Clawith.Graph.Server.Sse;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace Clawith.Graph.Server;

/// <summary>
/// /graphql over HTTP, per the GraphQL-over-HTTP spec: POST with JSON, GET for queries only, answers
/// in application/graphql-response+json when accepted (with 4xx for requests that never executed)
/// and application/json otherwise (200 once the request was well-formed). A client that prefers
/// text/event-stream gets GraphQL over Server-Sent Events instead (<see cref="SseConnection"/>). <c>?sdl</c> prints the schema
/// when introspection is on. <see cref="OperationRunner"/> holds a request to the limits and runs it
/// in a free execution slot (503 with Retry-After when none is). The answer is streamed as it is
/// serialized (<see cref="StreamingGraphQLSerializer"/>). One that outgrew the response budget is
/// RESPONSE_TOO_LARGE with <c>data: null</c> and 200 under either media type, as EXECUTION_TIMEOUT is:
/// the request was well-formed and executed, and the spec keeps 4xx for requests that never ran and
/// recommends 200 for <c>data: null</c>; the same request may pass with a smaller page, and a 5xx would
/// invite a retry that fails the same way.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapClawithGraph(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpContext http, GraphQLRequestReader reader) =>
        {
            var (request, error) = await reader.ReadPostAsync(http.Request, http.RequestAborted);
            await RespondAsync(http, request, error, overGet: false);
        });
        endpoints.MapGet(Path, async (HttpContext http, GraphQLRequestReader reader, ISchema schema, DiscoverySwitches discovery) =>
        {
            if (http.Request.Query.ContainsKey("sdl"))
            {
                await (discovery.Introspection
                    ? Results.Text(schema.Print(), "text/plain; charset=utf-8").ExecuteAsync(http)
                    : CodedErrorResponse.WriteAsync(http, StatusCodes.Status403Forbidden, LimitErrors.IntrospectionDisabled()));
                return;
            }
            var (request, error) = reader.ReadGet(http.Request);
            await RespondAsync(http, request, error, overGet: true);
        });
        return endpoints;
    }

    private static async Task RespondAsync(HttpContext http, GraphQLRequest? request, ExecutionError? requestError, bool overGet)
    {
        if (GraphQLMediaTypes.PrefersEventStream(http.Request))
        {
            await http.RequestServices.GetRequiredService<SseConnection>().ServeAsync(http, request, requestError, overGet);
            return;
        }
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            http.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            await http.Response.WriteAsync(
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}, or {GraphQLMediaTypes.EventStream} for GraphQL over Server-Sent Events.");
            return;
        }
        var result = request is null
            ? new ExecutionResult { Errors = [requestError!] }
            : await http.RequestServices.GetRequiredService<OperationRunner>().RunAsync(request, http.RequestServices, http.User,
                overGet ? OnlyQueriesOverGetRule.Instance : NoSubscriptionsOverHttpRule.Instance, http.RequestAborted);

        http.Response.StatusCode = StatusOf(result, requestError is not null, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            http.Response.Headers.Allow = "POST";
        // A hash or id not found now may be found later (the client sends the text, or the manifest is deployed): never cached.
        if (result.Errors?.Any(e => e.Code is PersistedCodes.QueryNotFound or PersistedCodes.DocumentNotFound) == true)
            http.Response.Headers.CacheControl = "no-store";
        if (RetryAfterSecondsOf(result, http.RequestServices) is { } retryAfter)
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>()
            .WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>A full server, or a database busy or out of reach for some field: the client may try again shortly.</summary>
    private static int? RetryAfterSecondsOf(ExecutionResult result, IServiceProvider services)
    {
        if (result.Errors?.OfType<ServerBusyError>().FirstOrDefault() is { } busy)
            return busy.RetryAfterSeconds;
        return result.Errors?.Any(e => e.Code == ErrorCodes.DatabaseUnavailable) == true
            ? services.GetRequiredService<DatabaseResilienceOptions>().RetryAfterSeconds
            : null;
    }

    private static int StatusOf(ExecutionResult result, bool badRequest, string mediaType)
    {
        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
            return StatusCodes.Status405MethodNotAllowed;
        if (result.Errors?.Any(e => e is ServerBusyError) == true)
            return StatusCodes.Status503ServiceUnavailable;
        if (badRequest || result.Errors?.Any(e => e is MalformedRequestError) == true)
            return StatusCodes.Status400BadRequest;
        // Under the spec's own media type a request that never executed (parse, validation or limit error) is a 400.
        return mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }
}
