using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Filtering;
using Clawith.Graph.Participants;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Clawith.Graph.Sessions;

/// <summary>
/// What a session list filters and sorts on (<c>ChatSessionFilterInput</c>, <c>ChatSessionSortInput</c>),
/// each as SQL on the listing's row <c>s</c> of chat_sessions, computed as the session's graph fields show
/// it: <c>isGroup</c> and <c>participantType</c> by the same rules, <c>messageCount</c> as the count it
/// lists, and the owner's name as <c>User.displayName</c> (missing when the owner's row is gone).
/// </summary>
public static class SessionFields
{
    public const string Row = "s";

    public static readonly ValueField Title = new("title", "The session's title.", TextKind.Instance,
        sql => Column(sql, nameof(ChatSession.Title)), Sortable: true);

    public static readonly ValueField SourceChannel = new("sourceChannel", "Where the conversation happens: web, feishu, discord, slack, agent, trigger, …",
        TextKind.Instance, sql => Column(sql, nameof(ChatSession.SourceChannel)), Sortable: true);

    public static readonly ValueField ParticipantType = new("participantType", "GROUP for group chats, AGENT for agent-to-agent sessions, else USER.",
        new EnumKind(typeof(ParticipantTypeOperationFilterInputGraphType), (type, value) => Sql.Of($"{type} = {Sql.Raw($"'{value}'")}")),
        ParticipantTypeOf);

    public static readonly ValueField IsGroup = new("isGroup", "Whether this is a group chat.", FlagKind.Instance, IsGroupTest);

    public static readonly ValueField CreatedAt = new("createdAt", "When the session was created.",
        new TimeKind((sql, time) => sql.Bind<ChatSession>(nameof(ChatSession.CreatedAt), time)), sql => Column(sql, nameof(ChatSession.CreatedAt)), Sortable: true);

    public static readonly ValueField LastMessageAt = new("lastMessageAt", "When its latest message was sent (missing for a session never stamped).",
        new TimeKind((sql, time) => sql.Bind<ChatSession>(nameof(ChatSession.LastMessageAt), time)), sql => Column(sql, nameof(ChatSession.LastMessageAt)),
        Nullable: true, Sortable: true);

    /// <summary>Counts the session's messages for every session it is tested on: priced as such (<see cref="FilterCost.Counting"/>).</summary>
    public static readonly ValueField MessageCount = new("messageCount", "How many messages the session holds.", CountKind.Instance,
        sql => MessageCountOf(sql.Model, Row), Sortable: true, Cost: FilterCost.Counting);

    public static readonly ValueField OwnerName = new("displayName", "The name shown for the user.", TextKind.Instance,
        sql => Sql.Of($"(SELECT {sql.Column<User>("uo", nameof(User.DisplayName))} FROM {sql.Table<User>("uo")} WHERE {sql.Column<User>("uo", nameof(User.Id))} = {Column(sql, nameof(ChatSession.UserId))})"),
        Nullable: true, Sortable: true);

    public static readonly ListFields Owner = new("User", "user", [OwnerName]);

    public static readonly ListFields List = new("ChatSession", "session",
    [
        Title, SourceChannel, ParticipantType, IsGroup, CreatedAt, LastMessageAt, MessageCount,
        new ObjectField("user", "The user who owns the session.", Owner, typeof(UserFilterInputGraphType), typeof(UserSortInputGraphType)),
    ]);

    /// <summary>The last key of every order; not filtered on.</summary>
    public static readonly ValueField Id = new("id", "The session's id.",
        new IdKind((sql, id) => sql.Bind<ChatSession>(nameof(ChatSession.Id), id)), sql => Column(sql, nameof(ChatSession.Id)));

    /// <summary>The listings' order: most recently active first, sessions never stamped last, then the newest, then by id.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
    [
        new("lastMessageAt", LastMessageAt, SortDirection.Desc),
        new("createdAt", CreatedAt, SortDirection.Desc),
        new("id", Id, SortDirection.Desc),
    ];

    /// <summary>
    /// As the graph's participantType shows it (<see cref="ISessionListNaming.ParticipantTypeOf"/>). Where the database's
    /// generation maps session_type (251aeba8's model), by it, a2a first (L8), and a type Clawith never writes as derived
    /// from the channel (<see cref="SessionKinds.Derived"/>); on 225b36fd by the group flag, then the agent channel with a peer.
    /// </summary>
    private static Sql ParticipantTypeOf(SqlDialect sql)
    {
        static Sql Label(Participants.ParticipantType type) => Sql.Raw($"'{type}'");
        var (agent, group, user) = (Label(Participants.ParticipantType.Agent), Label(Participants.ParticipantType.Group), Label(Participants.ParticipantType.User));
        var channel = Column(sql, nameof(ChatSession.SourceChannel));
        if (sql.Model.FindEntityType(typeof(ChatSession))?.FindProperty(nameof(ChatSession.SessionType)) is null)
            return Sql.Of($"""
                (CASE WHEN {IsGroupTest(sql)} THEN {group}
                WHEN {channel} = '{Sql.Raw(ChatSession.AgentChannel)}' AND {Column(sql, nameof(ChatSession.PeerAgentId))} IS NOT NULL THEN {agent} ELSE {user} END)
                """);
        var type = Column(sql, nameof(ChatSession.SessionType));
        return Sql.Of($"""
            (CASE WHEN {type} = '{Sql.Raw(SessionTypes.AgentToAgent)}' THEN {agent} WHEN {type} = '{Sql.Raw(SessionTypes.Group)}' THEN {group}
            WHEN {type} IN ('{Sql.Raw(SessionTypes.Direct)}', '{Sql.Raw(SessionTypes.Trigger)}') THEN {user}
            WHEN {channel} = '{Sql.Raw(ChatSession.AgentChannel)}' THEN {agent} WHEN {channel} = '{Sql.Raw(ChatSession.TriggerChannel)}' THEN {user}
            WHEN {IsGroupTest(sql)} THEN {group} ELSE {user} END)
            """);
    }

    /// <summary>As <see cref="ChatSessionGraphType"/>'s isGroup shows it: a missing flag is false.</summary>
    private static Sql IsGroupTest(SqlDialect sql) => Sql.Of($"{Column(sql, nameof(ChatSession.IsGroup))} IS TRUE");

    /// <summary>How many messages the session aliased <paramref name="row"/> holds: the count a list shows and the one it filters and sorts on.</summary>
    public static Sql MessageCountOf(IModel model, string row) => Sql.Of(
        $"(SELECT count(*) FROM {model.Table<ChatMessage>("mc")} WHERE {model.Column<ChatMessage>("mc", nameof(ChatMessage.ConversationId))} = CAST({model.Column<ChatSession>(row, nameof(ChatSession.Id))} AS TEXT))");

    private static Sql Column(SqlDialect sql, string property) => sql.Column<ChatSession>(Row, property);
}
