namespace Clawith.Graph.Bench.Scenarios;

/// <summary>The SPA's two reads, as it sends them.</summary>
public static class Operations
{
    /// <summary>What the sidebar shows of a page of sessions, in (a) and (g) alike.</summary>
    private const string SidebarPage = """
        nodes {
          id title displayName messageCount lastMessageAt
          agent { id name }
          peerAgent { id name }
          user { id displayName username }
        }
        pageInfo { hasNextPage endCursor }
        """;

    /// <summary>(a) The sidebar: the first 50 of an agent's sessions, named and counted.</summary>
    public const string Sidebar = $$"""
        query Sidebar($agentId: UUID!) {
          sessions(agentId: $agentId, scope: ALL, first: 50) {
            {{SidebarPage}}
          }
        }
        """;

    /// <summary>
    /// (g) The sidebar filtered as a user narrows it: a word of the title in any case, the channels that are
    /// people's (not agent-to-agent), active in the data's last week; same fields and page as (a).
    /// </summary>
    public const string FilteredSidebar = $$"""
        query FilteredSidebar($agentId: UUID!, $word: String!, $channels: [String!]!, $since: DateTime!) {
          sessions(agentId: $agentId, scope: ALL, first: 50,
                   where: { title: { contains: $word }, sourceChannel: { in: $channels }, lastMessageAt: { gte: $since } }) {
            {{SidebarPage}}
          }
        }
        """;

    /// <summary>(g)'s filter, sent as its variables and checked against the REST list: the title word, the channels and the week.</summary>
    public static readonly string[] FilteredChannels = ["web", "feishu", "slack"];

    public const string FilteredWord = "THE";

    /// <summary>The data's last week: sessions start up to <see cref="Data.SessionPlan.Days"/> days after the origin.</summary>
    public static readonly DateTime LastWeek = Data.SessionPlan.Origin.AddDays(Data.SessionPlan.Days - 7);

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
