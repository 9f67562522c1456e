using Clawith.Graph.Auth;
using Clawith.Graph.Configuration;
using Clawith.Graph.Live;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Server.Streaming;
using GraphQL;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// GraphQL over WebSocket at /graphql, subprotocol graphql-transport-ws (what the npm graphql-ws client
/// speaks). A client that asks for no subprotocol or another one is accepted only to be closed with
/// 4406, as graphql-ws's own server does.
/// </summary>
public static class WebSocketEndpoint
{
    public static IServiceCollection AddClawithWebSockets(this IServiceCollection services, IConfiguration configuration)
    {
        return services.AddCheckedSettings<GraphQLWebSocketOptions>(configuration, GraphQLWebSocketOptions.Section)
            .AddSingleton<ConnectionAuthenticator>().AddSingleton<OperationStarter>().AddSingleton<UserQuotas>()
            .AddSingleton(provider => new CallerRows(
                provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<GraphQLWebSocketOptions>().CallerMaxAge))
            .AddSingleton(provider =>
            {
                var options = provider.GetRequiredService<GraphQLWebSocketOptions>();
                return new EventExecutionPool(options.MaxConcurrentEventExecutions, options.MaxConcurrentEventExecutionsPerUser);
            });
    }

    public static IApplicationBuilder UseClawithWebSockets(this IApplicationBuilder app) => app
        .UseWebSockets()
        .Use(async (http, next) =>
        {
            if (http.WebSockets.IsWebSocketRequest && http.Request.Path == GraphQLEndpoint.Path)
                await ServeAsync(http);
            else
                await next(http);
        });

    private static async Task ServeAsync(HttpContext http)
    {
        var services = http.RequestServices;
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(TransportMessageTypes.Protocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            var reason = CloseReason.SubprotocolNotAcceptable;
            using var wait = new CancellationTokenSource(services.GetRequiredService<GraphQLWebSocketOptions>().CloseTimeout);
            await refused.CloseAsync(reason.Status, reason.Description, wait.Token).ContinueWith(_ => refused.Abort());
            return;
        }
        var options = services.GetRequiredService<GraphQLWebSocketOptions>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var clock = services.GetRequiredService<TimeProvider>();
        using var socket = await http.WebSockets.AcceptWebSocketAsync(TransportMessageTypes.Protocol);
        using var session = new StreamSession(
            new OutgoingMessages(new WebSocketWire(socket, serializer, options, clock), options),
            new SubscriptionRegistry(options.MaxSubscriptionsPerConnection),
            options.CloseTimeout);
        // The request's own cancellation means the TCP connection dropped.
        using var dropped = http.RequestAborted.Register(session.Vanished);
        var connection = new GraphQLWebSocketConnection(socket, session, http.Connection.RemoteIpAddress,
            services.GetRequiredService<ConnectionAuthenticator>(), services.GetRequiredService<OperationStarter>(),
            services.GetRequiredService<UserQuotas>(), serializer, options, services.GetRequiredService<RequestBodyOptions>(), clock);
        try
        {
            await connection.RunAsync();
        }
        finally
        {
            session.Vanished();
            socket.Abort();
        }
    }
}
