using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Users;

/// <summary>
/// The SQL of <see cref="UserWitnessLoader"/>, in SQL both SQLite and PostgreSQL run: one row per user and
/// (agent, peer, through a session, caller owns it), each branch an index walk where Clawith's tables have one.
/// </summary>
public sealed class UserWitnessSql(ClawithDbContext db, CurrentUser caller)
{
    private readonly List<object> values = [];

    public object[] Values => [.. values];

    public string Of(IReadOnlyList<Guid> users)
    {
        var callerOwns = $"s.\"user_id\" = {Bind(db.Stored<ChatSession>(nameof(ChatSession.UserId), caller.Id))}";
        var owners = In(users, id => db.Stored<ChatSession>(nameof(ChatSession.UserId), id));
        var speakers = In(users, id => db.Stored<Participant>(nameof(Participant.RefId), id));
        var creators = In(users, id => db.Stored<Agent>(nameof(Agent.CreatorId), id));
        // Only the caller's own sessions are theirs to read without an admin role: the rest cannot witness.
        var readable = caller.CanViewAllSessions ? "" : $" AND {callerOwns}";
        // The creators' branch comes last: PostgreSQL types its NULL peer after the uuid ones above it.
        return $"""
            SELECT s."user_id", s."agent_id", s."peer_agent_id", TRUE, {callerOwns}
            FROM "chat_sessions" AS s WHERE s."user_id" IN ({owners})
            UNION
            SELECT p."ref_id", s."agent_id", s."peer_agent_id", TRUE, {callerOwns}
            FROM "participants" AS p
            JOIN "chat_messages" AS m ON m."participant_id" = p."id"
            JOIN "chat_sessions" AS s ON CAST(s."id" AS TEXT) = m."conversation_id"
            WHERE p."type" = 'user' AND p."ref_id" IN ({speakers}){readable}
            UNION
            SELECT a."creator_id", a."id", NULL, FALSE, FALSE
            FROM "agents" AS a WHERE a."creator_id" IN ({creators})
            """;
    }

    private string In(IReadOnlyList<Guid> ids, Func<Guid, object> stored) => string.Join(", ", ids.Select(id => Bind(stored(id))));

    private string Bind(object value)
    {
        values.Add(value);
        return $"{{{values.Count - 1}}}";
    }
}
