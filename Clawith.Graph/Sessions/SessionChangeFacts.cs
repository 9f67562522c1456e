using System.Data.Common;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Live;

namespace Clawith.Graph.Sessions;

/// <summary>
/// What the listings' hiding rules (<see cref="SessionListingSql"/>) ask of a session's messages: whether it
/// holds any (ALL) and a user message to its agent (MINE). A writer reads them in its transaction once it
/// holds the session's row, so the listings its event reports before and after its change are the ones
/// readers see on either side of its commit.
/// </summary>
public readonly record struct SessionChangeFacts(bool AnyMessage, bool UserMessageToAgent)
{
    /// <summary>The two facts of <paramref name="session"/> as two columns of a SELECT, with their parameters.</summary>
    public static Sql Columns(SqlDialect sql, ChatSession session)
    {
        var conversation = Sql.Bind(session.ConversationId);
        var agent = sql.Bind<ChatSession>(nameof(ChatSession.AgentId), session.AgentId);
        return Sql.Of($"{SessionListingSql.HasMessages(sql, conversation)}, {SessionListingSql.HasUserMessageTo(sql, agent, conversation)}");
    }

    /// <summary>The facts in the columns from <paramref name="first"/> on (PostgreSQL gives booleans, SQLite 0 or 1: both read as booleans).</summary>
    public static SessionChangeFacts Read(DbDataReader row, int first) => new(row.GetBoolean(first), row.GetBoolean(first + 1));

    /// <summary>The facts as they stand in the caller's transaction.</summary>
    public static async Task<SessionChangeFacts> ReadAsync(ClawithDbContext db, ChatSession session, CancellationToken cancellationToken) =>
        (await db.ListAsync(Sql.Of($"SELECT {Columns(new SqlDialect(db), session)}"), row => Read(row, 0), cancellationToken)).Single();

    /// <summary>The facts once <paramref name="message"/> is stored in <paramref name="session"/> too.</summary>
    public SessionChangeFacts With(ChatMessage message, ChatSession session) =>
        new(AnyMessage: true, UserMessageToAgent || (message.Role == ChatRole.User && message.AgentId == session.AgentId));

    /// <summary>The listings that hold <paramref name="session"/> with these facts; MINE also leaves out group, agent and trigger sessions.</summary>
    public ListedIn ListingsOf(ChatSession session) => new(
        Mine: UserMessageToAgent && session.IsGroup != true
            && session.SourceChannel is not (ChatSession.AgentChannel or ChatSession.TriggerChannel),
        All: AnyMessage);
}
