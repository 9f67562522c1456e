using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Filtering;
using Clawith.Graph.Users;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The SQL of an agent's listing, in SQL both SQLite and PostgreSQL run, each statement one
/// <see cref="Sql"/> value with its parameters. The listing's rules (MINE or ALL, the hidden sessions: the
/// database's generation's <see cref="IListingRules"/>) are each branch's WHERE, and a client's filter is one
/// more condition beside them, so it only ever narrows what the rules let through. Each branch (ALL: the agent's own sessions, and agent-to-agent
/// ones where it is the peer; MINE: the caller's) is paged on its own, and only the branches' pages are
/// merged.
/// <para>
/// In the default order (last_message_at descending with nulls last, then created_at descending, then
/// id), a branch's page is an index walk that stops after a page. "Nulls last" cannot be read off an index
/// in both databases, so a page comes from two halves that can: the sessions with a last message, and
/// those without, each a walk on (…, last_message_at, created_at, id). In any other order
/// (<see cref="OrderedPage"/>) a branch is sorted by <see cref="OrderSql"/>'s terms.
/// </para>
/// </summary>
public sealed class SessionListingSql(
    SqlDialect sql, IListingRules rules, ListedSessionRow.Layout row, Guid agentId, SessionScope scope, CurrentUser caller, Condition? where = null)
{
    private static readonly Sql UserMessageRole = Sql.Raw(StorageConventions.ToSnakeCase(nameof(ChatRole.User)));

    private readonly IReadOnlyList<Sql> _rules = rules.Branches(sql, agentId, scope, caller);
    private readonly Sql? _where = where?.ToSql(sql);

    /// <summary>
    /// The page after <paramref name="after"/> in the default order: at most <paramref name="take"/> sessions, with their counts and names.
    /// A database whose descending walk already puts nulls last (SQLite) reads a first page in one walk,
    /// which never reaches the idle sessions when the active ones fill the page.
    /// </summary>
    public Sql Page(SessionKeyset? after, int take)
    {
        var limit = Sql.Count(take);
        var walks = Branches().SelectMany(branch => Halves(branch, after)).Select((walk, n) => Sql.Of(
            $"SELECT * FROM (SELECT {row.SessionColumns.Select(sql.Model, SessionFields.Row)} FROM {Sessions} WHERE {walk} ORDER BY {WalkOrder} LIMIT {limit}) AS {Sql.Raw($"w{n}")}"));
        return Named(Sql.Of($"SELECT * FROM ({Sql.Join(" UNION ALL ", walks)}) AS p ORDER BY {FullOrder} LIMIT {limit}"), FullOrder);
    }

    /// <summary>
    /// The page after (or, <paramref name="backwards"/>, before) <paramref name="cursor"/> in <paramref name="order"/>: at most
    /// <paramref name="take"/> sessions, in the order's own direction, each row ending with the order's keys
    /// (<see cref="ListedSessionRow.Layout.KeysColumn"/>). Each branch selects its keys as k0, k1…, which the merge sorts on again.
    /// </summary>
    public Sql OrderedPage(IReadOnlyList<SortKey> order, IReadOnlyList<object?>? cursor, int take, bool backwards)
    {
        var limit = Sql.Count(take);
        var onRow = new OrderSql(order, sql, backwards);
        Sql KeyOfRow(int i) => order[i].Field.Expression(sql);
        var keys = Sql.Join(", ", order.Select((_, i) => Sql.Of($"{KeyOfRow(i)} AS {Key(i)}")));
        var walks = Branches().Select((branch, n) => Sql.Of($"""
            SELECT * FROM (SELECT {row.SessionColumns.Select(sql.Model, SessionFields.Row)}, {keys} FROM {Sessions}
            WHERE {branch}{(cursor is null ? Sql.Empty : Sql.Of($" AND {onRow.After(KeyOfRow, cursor)}"))}
            ORDER BY {onRow.OrderBy(KeyOfRow)} LIMIT {limit}) AS {Sql.Raw($"w{n}")}
            """));
        var merged = onRow.OrderBy(i => Sql.Of($"p.{Key(i)}"));
        var page = Sql.Of($"SELECT * FROM ({Sql.Join(" UNION ALL ", walks)}) AS p ORDER BY {merged} LIMIT {limit}");
        return Named(page, new OrderSql(order, sql, backwards: false).OrderBy(i => Sql.Of($"p.{Key(i)}")),
            Sql.Join(", ", order.Select((_, i) => Sql.Of($"p.{Key(i)}"))));
    }

    /// <summary>Every session of the listing, in order, with their counts and names.</summary>
    public Sql Everything() => Named(Union(row.SessionColumns.Select(sql.Model, SessionFields.Row)), FullOrder);

    public Sql Count() => Sql.Of($"SELECT count(*) FROM ({Union(Sql.Raw("1 AS listed"))}) AS p");

    private Sql Sessions => sql.Table<ChatSession>(SessionFields.Row);

    private static Sql Key(int i) => Sql.Raw($"k{i}");

    private Sql Union(Sql columns) =>
        Sql.Join(" UNION ALL ", Branches().Select(branch => Sql.Of($"SELECT {columns} FROM {Sessions} WHERE {branch}")));

    /// <summary>The listed sessions <paramref name="sessions"/> with what a list shows of them, joined in by primary key.</summary>
    private Sql Named(Sql sessions, Sql order, Sql? keys = null) => Sql.Of($"""
        SELECT {row.Select(sql)}{(keys is null ? Sql.Empty : Sql.Of($", {keys}"))}
        FROM ({sessions}) AS p
        LEFT JOIN {sql.Table<Agent>("a")} ON {sql.Column<Agent>("a", nameof(Agent.Id))} = {P(nameof(ChatSession.AgentId))}
        LEFT JOIN {sql.Table<Agent>("pa")} ON {sql.Column<Agent>("pa", nameof(Agent.Id))} = {P(nameof(ChatSession.PeerAgentId))}
        LEFT JOIN {sql.Table<User>("u")} ON {sql.Column<User>("u", nameof(User.Id))} = {P(nameof(ChatSession.UserId))}
        {Sql.Raw(UserRow.IdentityJoin("u"))}
        ORDER BY {order}
        """);

    private Sql FullOrder => Sql.Of(
        $"({P(nameof(ChatSession.LastMessageAt))} IS NULL), {P(nameof(ChatSession.LastMessageAt))} DESC, {P(nameof(ChatSession.CreatedAt))} DESC, {P(nameof(ChatSession.Id))} DESC");

    private Sql WalkOrder => Sql.Of($"{S(nameof(ChatSession.LastMessageAt))} DESC, {S(nameof(ChatSession.CreatedAt))} DESC, {S(nameof(ChatSession.Id))} DESC");

    /// <summary>The listing's parts, as WHERE clauses on chat_sessions <c>s</c>, each one index walk (the generation's <see cref="IListingRules"/>), with the client's filter beside the rules.</summary>
    private IEnumerable<Sql> Branches() => _rules.Select(rules => _where is null ? rules : Sql.Of($"{rules} AND {_where}"));

    /// <summary>
    /// The hiding rules: the session whose id as text is <paramref name="conversation"/> has a message. The
    /// generations' rules (<see cref="IListingRules"/>) and the writers, for their events
    /// (<see cref="SessionChangeFacts"/>), read the same conditions.
    /// </summary>
    internal static Sql HasMessages(SqlDialect sql, Sql conversation, Sql? alsoRequired = null) => Sql.Of(
        $"EXISTS (SELECT 1 FROM {sql.Table<ChatMessage>("m")} WHERE {sql.Column<ChatMessage>("m", nameof(ChatMessage.ConversationId))} = {conversation}{alsoRequired ?? Sql.Empty})");

    /// <summary>225b36fd's MINE hiding rule: the session has a user message to <paramref name="agent"/>.</summary>
    internal static Sql HasUserMessageTo(SqlDialect sql, Sql agent, Sql conversation) => HasMessages(sql, conversation, Sql.Of(
        $" AND {sql.Column<ChatMessage>("m", nameof(ChatMessage.AgentId))} = {agent} AND {sql.Column<ChatMessage>("m", nameof(ChatMessage.Role))} = '{UserMessageRole}'"));

    /// <summary>A branch cut to the sessions after <paramref name="after"/>, as the halves that walk an index in page order.</summary>
    private IEnumerable<Sql> Halves(Sql branch, SessionKeyset? after)
    {
        if (after is null && sql.IsSqlite)
        {
            yield return branch;
            yield break;
        }
        var last = S(nameof(ChatSession.LastMessageAt));
        if (after is not { LastMessageAt: null })
            yield return Sql.Of($"{branch} AND {last} IS NOT NULL{(after is null ? Sql.Empty : Sql.Of($" AND {ActiveAfter(after)}"))}");
        // Past the last active session only idle ones remain.
        yield return Sql.Of($"{branch} AND {last} IS NULL{(after is { LastMessageAt: null } ? Sql.Of($" AND {IdleAfter(after)}") : Sql.Empty)}");
    }

    /// <summary>
    /// Sessions with a last message after this cursor in page order. The leading "at most this recent"
    /// bound is implied by the rest; it is there so the database seeks to the cursor instead of walking
    /// from the newest session.
    /// </summary>
    private Sql ActiveAfter(SessionKeyset after)
    {
        var last = sql.Bind<ChatSession>(nameof(ChatSession.LastMessageAt), after.LastMessageAt!.Value);
        var column = S(nameof(ChatSession.LastMessageAt));
        return Sql.Of($"{column} <= {last} AND ({column} < {last} OR {IdleAfter(after)})");
    }

    /// <summary>Sessions created before the cursor's (or at the same time, with a smaller id), with the same seek bound on created_at.</summary>
    private Sql IdleAfter(SessionKeyset after)
    {
        var created = sql.Bind<ChatSession>(nameof(ChatSession.CreatedAt), after.CreatedAt);
        var id = sql.Bind<ChatSession>(nameof(ChatSession.Id), after.Id);
        var column = S(nameof(ChatSession.CreatedAt));
        return Sql.Of($"{column} <= {created} AND ({column} < {created} OR {S(nameof(ChatSession.Id))} < {id})");
    }

    private Sql S(string property) => sql.Column<ChatSession>(SessionFields.Row, property);

    private Sql P(string property) => sql.Column<ChatSession>("p", property);
}
