namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// The catalogue of the live operations tests send (subscriptions and the mutations that feed them), each
/// written once: a test names only what it selects. Ids are written into the text, as a client typing them would.
/// </summary>
public static class LiveOperations
{
    public static string MessageAdded(Guid agentId, Guid sessionId, string selection = "id content") =>
        $$"""subscription { messageAdded(agentId: "{{agentId}}", sessionId: "{{sessionId}}") { {{selection}} } }""";

    public static string SessionChanged(Guid agentId, string scope = "MINE", string selection = "kind") =>
        $$"""subscription { sessionChanged(agentId: "{{agentId}}", scope: {{scope}}) { {{selection}} } }""";

    /// <param name="content">Written into the text as it is: no quotes or backslashes.</param>
    public static string SendMessage(Guid agentId, Guid sessionId, string content, string selection = "message { id } errors { __typename }") =>
        $$"""mutation { sendMessage(input: { agentId: "{{agentId}}", sessionId: "{{sessionId}}", content: "{{content}}" }) { {{selection}} } }""";

    public static string MarkSessionRead(Guid agentId, Guid sessionId, string selection = "session { id } errors { __typename }") =>
        $$"""mutation { markSessionRead(input: { agentId: "{{agentId}}", sessionId: "{{sessionId}}" }) { {{selection}} } }""";

    public static string CreateSession(Guid agentId, string? title = null, string selection = "session { id }") =>
        title is null
            ? $$"""mutation { createSession(input: { agentId: "{{agentId}}" }) { {{selection}} } }"""
            : $$"""mutation { createSession(input: { agentId: "{{agentId}}", title: "{{title}}" }) { {{selection}} } }""";
}
