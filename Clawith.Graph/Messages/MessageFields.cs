using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Filtering;

namespace Clawith.Graph.Messages;

/// <summary>
/// What a session's messages filter and sort on (<c>ChatMessageFilterInput</c>, <c>ChatMessageSortInput</c>),
/// each as SQL on the page's row <c>m</c> of chat_messages. The content is the one test no index serves: each
/// reads and folds the text of every message the walk meets, priced as <see cref="FilterCost.TextScan"/>.
/// </summary>
public static class MessageFields
{
    public const string Row = "m";

    private static readonly string[] KnownRoles = [.. Enum.GetValues<ChatRole>().Select(role => StoredLabels<ChatRole>.Of(role))];

    /// <summary>A role as stored; OTHER is every label this server does not know.</summary>
    public static readonly ValueField Role = new("role", "Who or what wrote the message; OTHER for any role this server does not know.",
        new EnumKind(typeof(MessageRoleOperationFilterInputGraphType), (label, value) => value is ChatRole role
            ? Sql.Of($"{label} = {Label(StoredLabels<ChatRole>.Of(role))}")
            : Sql.Of($"{label} NOT IN ({Sql.Join(", ", KnownRoles.Select(Label))})")),
        sql => Sql.Of($"CAST({sql.Column<ChatMessage>(Row, nameof(ChatMessage.Role))} AS TEXT)"));

    public static readonly ValueField CreatedAt = new("createdAt", "When the message was sent (missing when not recorded).",
        new TimeKind((sql, time) => sql.Bind<ChatMessage>(nameof(ChatMessage.CreatedAt), time)), sql => sql.Column<ChatMessage>(Row, nameof(ChatMessage.CreatedAt)),
        Nullable: true, Sortable: true);

    public static readonly ValueField Content = new("content", "The message as stored (for a tool call, its JSON). Costly: no index serves it.",
        TextKind.Instance, sql => sql.Column<ChatMessage>(Row, nameof(ChatMessage.Content)), Cost: FilterCost.TextScan);

    public static readonly ValueField SenderName = new("displayName", "The participant's name.", TextKind.Instance,
        sql => Sql.Of($"(SELECT {sql.Column<Participant>("ps", nameof(Participant.DisplayName))} FROM {sql.Table<Participant>("ps")} WHERE {sql.Column<Participant>("ps", nameof(Participant.Id))} = {sql.Column<ChatMessage>(Row, nameof(ChatMessage.ParticipantId))})"),
        Nullable: true);

    public static readonly ListFields Sender = new("Participant", "participant", [SenderName]);

    public static readonly ListFields List = new("ChatMessage", "message",
    [
        Role, CreatedAt, Content,
        new ObjectField("sender", "The participant who sent the message (missing when not recorded).", Sender, typeof(ParticipantFilterInputGraphType)),
    ]);

    /// <summary>The last key of the order; not filtered on.</summary>
    public static readonly ValueField Id = new("id", "The message's id.",
        new IdKind((sql, id) => sql.Bind<ChatMessage>(nameof(ChatMessage.Id), id)), sql => sql.Column<ChatMessage>(Row, nameof(ChatMessage.Id)));

    /// <summary>History order: oldest first, then by id. A client may turn it round (<c>order: { createdAt: DESC }</c>), ids with it.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
    [
        new("createdAt", CreatedAt, SortDirection.Asc),
        new("id", Id, SortDirection.Asc),
    ];

    private static Sql Label(string label) => Sql.Raw($"'{label}'");
}

public sealed class ChatMessageFilterInputGraphType() : FilterInputGraphType(MessageFields.List);

public sealed class ChatMessageSortInputGraphType() : SortInputGraphType(MessageFields.List);

public sealed class ParticipantFilterInputGraphType() : FilterInputGraphType(MessageFields.Sender);

public sealed class MessageRoleOperationFilterInputGraphType() : EnumOperationFilterInputGraphType<MessageRoleGraphType>("MessageRole");
