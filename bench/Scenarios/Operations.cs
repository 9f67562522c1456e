namespace Clawith.Graph.Bench.Scenarios;

/// <summary>The SPA's two reads, as it sends them.</summary>
public static class Operations
{
    /// <summary>(a) The sidebar: the first 50 of an agent's sessions, named and counted.</summary>
    public const string Sidebar = """
        query Sidebar($agentId: UUID!) {
          sessions(agentId: $agentId, scope: ALL, first: 50) {
            nodes {
              id title displayName messageCount lastMessageAt
              agent { id name }
              peerAgent { id name }
              user { id displayName username }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>(e) A page of a session's history: the latest 50, or the 50 before a cursor.</summary>
    public const string History = """
        query History($agentId: UUID!, $id: UUID!, $before: String) {
          session(agentId: $agentId, id: $id) {
            messages(last: 50, before: $before) {
              nodes {
                id role content createdAt senderName
                sender { id displayName }
                parts { __typename ... on TextPart { text } ... on ToolCall { name status } }
              }
              pageInfo { hasPreviousPage startCursor }
            }
          }
        }
        """;

    /// <summary>(s) A search of the agent's messages, as a SPA's search box shows its first hits.</summary>
    public const string Search = """
        query Search($agentId: UUID!, $text: String!) {
          search(agentId: $agentId, text: $text, scope: ALL, first: 20) {
            edges {
              cursor
              node {
                message { id role content createdAt }
                session { id title }
                snippet { text matches { start length } startsMessage endsMessage }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const int HistoryPageSize = 50;

    /// <summary>The latest page, then this many pages back.</summary>
    public const int HistoryPagesBack = 10;
}
