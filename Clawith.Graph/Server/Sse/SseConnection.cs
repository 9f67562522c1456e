using System.Security.Claims;
using Clawith.Graph.Auth;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Server.Streaming;
using Clawith.Graph.Server.WebSockets;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;

namespace Clawith.Graph.Server.Sse;

/// <summary>
/// One GraphQL-over-SSE request ("distinct connections" mode, as the npm graphql-sse client speaks it): the
/// response is an event stream that carries the request's one operation, run by the WebSocket transport's own
/// pieces (<see cref="OperationStarter"/>, <see cref="OutgoingMessages"/>, <see cref="UserQuotas"/>,
/// <see cref="ConnectionCaller"/>) under the same settings. The caller is the request's bearer token, checked
/// against the database again before every event, until the token expires. The stream holds one of the user's
/// connection places while it is open; a query or mutation ends it after its one <c>next</c> and
/// <c>complete</c>, a subscription when the client hangs up (or the server gives up on it), which leaves the
/// chat event bus at once. Refusals before the operation runs (a request that is not one, limits, validation,
/// access) come as events on an accepted stream, as the protocol asks; only a user with every connection place
/// taken is turned away before it (429, which graphql-sse retries later).
/// </summary>
public sealed class SseConnection(
    OperationStarter starter, UserQuotas quotas, CallerRows rows, IGraphQLTextSerializer serializer, GraphQLWebSocketOptions options,
    ServerSentEventsOptions sse, GraphLimitsOptions limits, TimeProvider clock)
{
    /// <summary>The one operation of the stream, by the id the shared pieces keep operations under.</summary>
    private const string OperationId = "sse";

    public async Task ServeAsync(HttpContext http, GraphQLRequest? request, ExecutionError? requestError, bool overGet)
    {
        StreamSession? session = null;
        var wire = new SseWire(http.Response, serializer, options, clock, () => session?.Close(CloseReason.Normal));
        using var stream = session = new StreamSession(new OutgoingMessages(wire, options), new SubscriptionRegistry(capacity: 1), options.CloseTimeout);
        var caller = CallerOf(http, session);
        using var place = quotas.TryOpenConnection(caller.Key);
        if (place is null)
        {
            http.Response.Headers.RetryAfter = limits.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await CodedErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, StreamErrors.TooManyConnections(options.MaxConnectionsPerUser));
            return;
        }
        Open(http.Response);
        // The request's own cancellation means the client hung up (or the connection dropped).
        using var dropped = http.RequestAborted.Register(session.Vanished);
        var sending = session.Outgoing.RunAsync(session.CloseTooSlow, session.Abort);
        // The headers go out with this first comment: the client knows the stream is open before any event.
        session.Outgoing.Heartbeat();
        session.Tasks.Start(() => KeepAliveAsync(session));
        if (ExpiryOf(http) is { } expires)
            session.Tasks.Start(() => ConnectionDeadlines.CloseWhenExpiredAsync(session, expires, clock));
        session.Operations.Reserve(OperationId);
        if (request is null)
            Refuse(session, requestError!);
        else
            await starter.StartAsync(OperationId, request, caller, session, overGet ? NoMutationsOverGetRule.Instance : null);
        await sending;
        await session.Tasks.WhenAllEndedAsync();
        // Gone, or stuck past the close timeout: no orderly end of the response can get out.
        if (session.Abort.IsCancellationRequested)
            http.Abort();
    }

    private ConnectionCaller CallerOf(HttpContext http, StreamSession session) =>
        http.User.Identity?.IsAuthenticated == true && Guid.TryParse(http.User.FindFirstValue(ClawithClaims.Subject), out var userId)
            ? ConnectionCaller.Of(http.User, userId, rows, session)
            : ConnectionCaller.Anonymous(http.Connection.RemoteIpAddress, rows, session);

    /// <summary>When the bearer token expires (JwtBearer records it): the stream ends then, as a WebSocket closes.</summary>
    private static DateTimeOffset? ExpiryOf(HttpContext http) =>
        http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.ExpiresUtc;

    private static void Open(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{GraphQLMediaTypes.EventStream}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // nginx would otherwise hold events back until its buffer fills.
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    private static void Refuse(StreamSession session, ExecutionError error)
    {
        if (session.Operations.End(OperationId) && !session.Outgoing.TrySend(OperationMessageTypes.Error, OperationId, new[] { error }))
            session.CloseTooSlow();
    }

    private async Task KeepAliveAsync(StreamSession session)
    {
        try
        {
            while (true)
            {
                await Task.Delay(sse.KeepAliveInterval, clock, session.Closing);
                session.Outgoing.Heartbeat();
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }
}
