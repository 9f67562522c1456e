using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Users;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The SQL of an agent's listing, in SQL both SQLite and PostgreSQL run. The order is last_message_at
/// descending with nulls last, then created_at descending, then id. Each branch of the listing (ALL: the
/// agent's own sessions, and agent-to-agent ones where it is the peer; MINE: the caller's) is paged on
/// its own index, and only the branches' pages are merged. "Nulls last" cannot be read off an index in
/// both databases, so a branch's page comes from two halves that can: the sessions with a last message,
/// and those without, each an index walk on (…, last_message_at, created_at, id) that stops after a page.
/// </summary>
public sealed class SessionListingSql(ClawithDbContext db, Guid agentId, SessionScope scope, Guid callerId)
{
    private static readonly string SessionColumns = RowReading.Columns("s", ListedSessionRow.SessionColumns);
    private static readonly string UserMessageRole = StorageConventions.ToSnakeCase(nameof(ChatRole.User));
    private const string FullOrder = "(p.\"last_message_at\" IS NULL), p.\"last_message_at\" DESC, p.\"created_at\" DESC, p.\"id\" DESC";
    private const string ListedConversation = "CAST(s.\"id\" AS TEXT)";
    private const string WalkOrder = "s.\"last_message_at\" DESC, s.\"created_at\" DESC, s.\"id\" DESC";

    private readonly List<object> values = [];

    public object[] Values => [.. values];

    /// <summary>
    /// The page after <paramref name="after"/>: at most <paramref name="take"/> sessions, with their counts and names.
    /// A database whose descending walk already puts nulls last (SQLite) reads a first page in one walk,
    /// which never reaches the idle sessions when the active ones fill the page.
    /// </summary>
    public string Page(SessionKeyset? after, int take)
    {
        var limit = Bind(take);
        var walks = Branches().SelectMany(branch => Halves(branch, after)).Select((where, n) =>
            $"SELECT * FROM (SELECT {SessionColumns} FROM \"chat_sessions\" AS s WHERE {where} ORDER BY {WalkOrder} LIMIT {limit}) AS w{n}");
        return Named($"SELECT * FROM ({string.Join(" UNION ALL ", walks)}) AS p ORDER BY {FullOrder} LIMIT {limit}");
    }

    /// <summary>Every session of the listing, in order, with their counts and names.</summary>
    public string Everything() => Named(Union(SessionColumns));

    public string Count() => $"SELECT count(*) FROM ({Union("1 AS listed")}) AS p";

    private string Union(string columns) =>
        string.Join(" UNION ALL ", Branches().Select(where => $"SELECT {columns} FROM \"chat_sessions\" AS s WHERE {where}"));

    /// <summary>The listed sessions <paramref name="sessions"/> with what a list shows of them, joined in by primary key.</summary>
    private static string Named(string sessions) => $"""
        SELECT p.*, (SELECT count(*) FROM "chat_messages" AS m WHERE m."conversation_id" = CAST(p."id" AS TEXT)), {ListedSessionRow.NameColumns}
        FROM ({sessions}) AS p
        LEFT JOIN "agents" AS a ON a."id" = p."agent_id"
        LEFT JOIN "agents" AS pa ON pa."id" = p."peer_agent_id"
        LEFT JOIN "users" AS u ON u."id" = p."user_id"
        {UserRow.IdentityJoin("u")}
        ORDER BY {FullOrder}
        """;

    /// <summary>The listing's parts, as WHERE clauses on chat_sessions <c>s</c>, each one index walk.</summary>
    private string[] Branches()
    {
        var agent = Bind(db.Stored<ChatSession>(nameof(ChatSession.AgentId), agentId));
        if (scope == SessionScope.Mine)
        {
            // The caller's sessions, not group, agent or trigger ones, with at least one user message to this agent.
            var caller = Bind(db.Stored<ChatSession>(nameof(ChatSession.UserId), callerId));
            var userMessageToAgent = HasUserMessageTo(agent);
            return [$"""
                s."agent_id" = {agent} AND s."user_id" = {caller} AND s."is_group" IS NOT TRUE
                AND s."source_channel" NOT IN ('{ChatSession.AgentChannel}', '{ChatSession.TriggerChannel}') AND {userMessageToAgent}
                """];
        }
        // ALL: the agent's own sessions, and agent-to-agent sessions of other agents where it is the peer, hiding those with no message.
        return [
            $"s.\"agent_id\" = {agent} AND {HasMessages()}",
            $"s.\"peer_agent_id\" = {agent} AND s.\"source_channel\" = '{ChatSession.AgentChannel}' AND s.\"agent_id\" <> {agent} AND {HasMessages()}",
        ];
    }

    /// <summary>
    /// The hiding rules: the session whose id as text is <paramref name="conversation"/> (by default the listed
    /// session <c>s</c>) has a message. The writers read the same conditions for their events (SessionChangeFacts).
    /// </summary>
    internal static string HasMessages(string conversation = ListedConversation, string alsoRequired = "") =>
        $"EXISTS (SELECT 1 FROM \"chat_messages\" AS m WHERE m.\"conversation_id\" = {conversation}{alsoRequired})";

    /// <summary>MINE's hiding rule: the session has a user message to <paramref name="agent"/>.</summary>
    internal static string HasUserMessageTo(string agent, string conversation = ListedConversation) =>
        HasMessages(conversation, $" AND m.\"agent_id\" = {agent} AND m.\"role\" = '{UserMessageRole}'");

    /// <summary>A branch cut to the sessions after <paramref name="after"/>, as the halves that walk an index in page order.</summary>
    private IEnumerable<string> Halves(string branch, SessionKeyset? after)
    {
        if (after is null && db.Database.IsSqlite())
        {
            yield return branch;
            yield break;
        }
        if (after is not { LastMessageAt: null })
            yield return $"{branch} AND s.\"last_message_at\" IS NOT NULL{(after is null ? "" : " AND " + ActiveAfter(after))}";
        // Past the last active session only idle ones remain.
        yield return $"{branch} AND s.\"last_message_at\" IS NULL{(after is { LastMessageAt: null } ? " AND " + IdleAfter(after) : "")}";
    }

    /// <summary>
    /// Sessions with a last message after this cursor in page order. The leading "at most this recent"
    /// bound is implied by the rest; it is there so the database seeks to the cursor instead of walking
    /// from the newest session.
    /// </summary>
    private string ActiveAfter(SessionKeyset after)
    {
        var last = Bind(db.Stored<ChatSession>(nameof(ChatSession.LastMessageAt), after.LastMessageAt!.Value));
        return $"s.\"last_message_at\" <= {last} AND (s.\"last_message_at\" < {last} OR {IdleAfter(after)})";
    }

    /// <summary>Sessions created before the cursor's (or at the same time, with a smaller id), with the same seek bound on created_at.</summary>
    private string IdleAfter(SessionKeyset after)
    {
        var created = Bind(db.Stored<ChatSession>(nameof(ChatSession.CreatedAt), after.CreatedAt));
        var id = Bind(db.Stored<ChatSession>(nameof(ChatSession.Id), after.Id));
        return $"s.\"created_at\" <= {created} AND (s.\"created_at\" < {created} OR s.\"id\" < {id})";
    }

    private string Bind(object value)
    {
        values.Add(value);
        return $"{{{values.Count - 1}}}";
    }
}
