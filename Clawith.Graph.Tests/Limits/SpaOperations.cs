namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// The operations real clients send, which the default limits must let through with room to spare:
/// the README's sample, the SPA's session list and open session, and the playground's introspection.
/// </summary>
public static class SpaOperations
{
    public static string Named(string name) => name switch
    {
        nameof(ReadmeSample) => ReadmeSample,
        nameof(SessionList) => SessionList,
        nameof(OpenSession) => OpenSession,
        nameof(PlaygroundIntrospection) => PlaygroundIntrospection,
        _ => throw new ArgumentException($"No operation named {name}.", nameof(name)),
    };

    private const string MessageFields = """
        fragment MessageFields on ChatMessage {
          id role content thinking createdAt senderName
          sender { id type displayName avatarUrl }
          toolCall { name arguments status result }
          parts { __typename ... on TextPart { text } ... on ToolCall { name arguments status result } }
        }
        """;

    /// <summary>The query the README's "Get a token and list sessions" sends.</summary>
    public const string ReadmeSample = """
        { me { displayName role } sessions(agentId: "a0000000-0000-4000-8000-000000000001") { totalCount nodes { title displayName messageCount lastMessageAt messages(last: 3) { nodes { role content } } } } }
        """;

    /// <summary>The SPA's sidebar: a page of 50 sessions, each with everything a row shows and its latest 50 messages.</summary>
    public const string SessionList = $$"""
        query SessionList($agentId: UUID!, $scope: SessionScope!, $after: String) {
          sessions(agentId: $agentId, scope: $scope, first: 50, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node {
                id title sourceChannel createdAt lastMessageAt isGroup groupName participantType displayName messageCount
                agent { id name avatarUrl }
                peerAgent { id name avatarUrl }
                user { id displayName username avatarUrl role }
                messages(last: 50) {
                  pageInfo { hasPreviousPage startCursor }
                  nodes { ...MessageFields }
                }
              }
            }
          }
        }
        {{MessageFields}}
        """;

    /// <summary>The SPA's open conversation: one session with its latest messages (500 with no paging arguments).</summary>
    public const string OpenSession = $$"""
        query OpenSession($agentId: UUID!, $id: UUID!) {
          session(agentId: $agentId, id: $id) {
            id title displayName participantType
            agent { id name avatarUrl creator { id displayName } }
            messages { totalCount pageInfo { hasPreviousPage startCursor } nodes { ...MessageFields } }
          }
        }
        {{MessageFields}}
        """;

    /// <summary>
    /// Banana Cake Pop 18.0.0's schema query, as its graphql-engine chunk builds it for this server: it
    /// first asks which introspection features the server has (subscriptionType and directive locations
    /// here, not isRepeatable, specifiedByURL or deprecated input values) and asks only for those.
    /// </summary>
    public const string PlaygroundIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType {
              name
            }
            mutationType {
              name
            }
            subscriptionType {
              name
            }
            types {
              ...FullType
            }
            directives {
              name
              description
              args {
                ...InputValue
              }
              locations
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }

        fragment InputValue on __InputValue {
          name
          description
          type {
            ...TypeRef
          }
          defaultValue
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                  }
                }
              }
            }
          }
        }
        """;
}
