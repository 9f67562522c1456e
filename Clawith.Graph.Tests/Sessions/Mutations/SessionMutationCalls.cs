using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Sessions.Mutations;

/// <summary>The three session mutations as a client sends them: one document each, the input as a variable.</summary>
public static class SessionMutationCalls
{
    private const string SessionFields = """
        fragment SessionFields on ChatSession {
          id title sourceChannel isGroup groupName participantType displayName messageCount createdAt lastMessageAt
          user { id displayName } agent { id name } peerAgent { id }
        }
        """;

    private const string ErrorFields = """
        errors { __typename ... on Error { message } ... on ValidationError { field } }
        """;

    public const string CreateSession = $$"""
        mutation Create($input: CreateSessionInput!) {
          createSession(input: $input) { session { ...SessionFields } {{ErrorFields}} }
        }
        {{SessionFields}}
        """;

    public const string RenameSession = $$"""
        mutation Rename($input: RenameSessionInput!) {
          renameSession(input: $input) { session { ...SessionFields } {{ErrorFields}} }
        }
        {{SessionFields}}
        """;

    public const string DeleteSession = """
        mutation Delete($input: DeleteSessionInput!) {
          deleteSession(input: $input) { deletedSessionId errors { __typename ... on Error { message } } }
        }
        """;

    public static Task<GraphResponse> CreateSessionAsync(this GraphClient client, object input) =>
        client.PostAsync(CreateSession, new { input });

    public static Task<GraphResponse> RenameSessionAsync(this GraphClient client, object input) =>
        client.PostAsync(RenameSession, new { input });

    public static Task<GraphResponse> DeleteSessionAsync(this GraphClient client, object input) =>
        client.PostAsync(DeleteSession, new { input });
}
