using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Sessions;

/// <summary>The pieces every generation's listing rules (<see cref="IListingRules"/>) say of the listed session <c>s</c>.</summary>
internal static class ListedSessionSql
{
    public static Sql Column(SqlDialect sql, string property) => sql.Column<ChatSession>(SessionFields.Row, property);

    /// <summary>The session's id as chat_messages.conversation_id holds it.</summary>
    public static Sql Conversation(SqlDialect sql) => Sql.Of($"CAST({Column(sql, nameof(ChatSession.Id))} AS TEXT)");

    /// <summary>The session holds a message of any role, counted through the session, never by chat_messages.tenant_id (RULES §0.2).</summary>
    public static Sql HasMessages(SqlDialect sql) => SessionListingSql.HasMessages(sql, Conversation(sql));
}
