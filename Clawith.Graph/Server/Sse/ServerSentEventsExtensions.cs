using Clawith.Graph.Configuration;

namespace Clawith.Graph.Server.Sse;

public static class ServerSentEventsExtensions
{
    /// <summary>
    /// GraphQL over SSE at /graphql (GraphQLEndpoint hands it the requests that ask for <c>text/event-stream</c>).
    /// After AddClawithWebSockets, whose settings and shared pieces (quotas, starter, caller rows, event pool) it uses.
    /// </summary>
    public static IServiceCollection AddClawithServerSentEvents(this IServiceCollection services, IConfiguration configuration)
    {
        return services.AddCheckedSettings<ServerSentEventsOptions>(configuration, ServerSentEventsOptions.Section).AddSingleton<SseConnection>();
    }
}
