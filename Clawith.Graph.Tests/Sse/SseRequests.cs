using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Clawith.Graph.Tests.Subscriptions;

namespace Clawith.Graph.Tests.Sse;

/// <summary>Event streams opened on a <see cref="LiveServer"/>, as a user (a real token) or anonymously.</summary>
public static class SseRequests
{
    public static Task<SseClient> StreamAsync(this LiveServer server, Guid? userId, string query, object? variables = null) =>
        SseClient.PostAsync(server.Address, userId is { } id ? server.TokenFor(id) : null, query, variables);

    public static string MessageAdded(Guid agentId, Guid sessionId) => $$"""
        subscription { messageAdded(agentId: "{{agentId}}", sessionId: "{{sessionId}}") { id role content sender { displayName } } }
        """;

    public static string SendMessage(Guid agentId, Guid sessionId, string content) => $$"""
        mutation { sendMessage(input: { agentId: "{{agentId}}", sessionId: "{{sessionId}}", content: "{{content}}" }) { message { id content } errors { __typename } } }
        """;

    /// <summary>sendMessage posted to the server's own port as <paramref name="userId"/>, as another tab sends it; the stored message's id.</summary>
    public static async Task<string> SendMessageAsync(this LiveServer server, Guid userId, Guid agentId, Guid sessionId, string content)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.TokenFor(userId));
        using var response = await http.PostAsJsonAsync("/graphql", new { query = SendMessage(agentId, sessionId, content) });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("data").GetProperty("sendMessage").GetProperty("message").GetProperty("id").GetString()!;
    }
}
