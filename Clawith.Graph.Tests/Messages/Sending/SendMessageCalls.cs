using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Messages.Sending;

/// <summary>sendMessage as a client sends it: one document, the input as a variable.</summary>
public static class SendMessageCalls
{
    public const string Mutation = "sendMessage";

    public const string SendMessage = """
        mutation Send($input: SendMessageInput!) {
          sendMessage(input: $input) {
            message { id role content thinking createdAt sender { id type displayName } parts { __typename ... on TextPart { text } } }
            errors { __typename ... on Error { message } ... on ValidationError { field } }
          }
        }
        """;

    public static Task<GraphResponse> SendMessageAsync(this GraphClient client, Guid agentId, Guid sessionId, string content) =>
        client.PostAsync(SendMessage, new { input = new { agentId, sessionId, content } });
}
