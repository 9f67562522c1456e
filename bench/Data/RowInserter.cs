using Microsoft.Data.Sqlite;
using static Clawith.Graph.Bench.Data.StoredText;

namespace Clawith.Graph.Bench.Data;

/// <summary>Prepared INSERTs for the benchmark's rows; parameters are bound by position and reused row after row.</summary>
public sealed class RowInserter(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly SqliteCommand _identity = Prepare(connection, transaction, "identities", "id", "username");
    private readonly SqliteCommand _user = Prepare(connection, transaction, "users", "id", "identity_id", "display_name", "role", "is_active");
    private readonly SqliteCommand _participant = Prepare(connection, transaction, "participants", "id", "type", "ref_id", "display_name");
    private readonly SqliteCommand _agent = Prepare(connection, transaction, "agents", "id", "name", "creator_id");
    private readonly SqliteCommand _session = Prepare(connection, transaction, "chat_sessions",
        "id", "agent_id", "user_id", "title", "source_channel", "is_group", "group_name", "peer_agent_id", "created_at", "last_message_at");
    private readonly SqliteCommand _message = Prepare(connection, transaction, "chat_messages",
        "id", "agent_id", "user_id", "role", "content", "conversation_id", "participant_id", "created_at");

    /// <summary>The calling admin, the members who own sessions, the agents, and a participant for each.</summary>
    public void People(BenchWorld world)
    {
        User(world.AdminId, "bench-admin", "Bench Admin", "platform_admin");
        for (var i = 0; i < BenchWorld.Members; i++)
            User(BenchWorld.MemberId(i), $"member-{i:D3}", $"Member {i:D3}", "member");
        foreach (var agent in world.Agents.Append(world.Peer))
        {
            Run(_agent, Text(agent.Id), agent.Name, Text(world.AdminId));
            Run(_participant, Text(agent.ParticipantId), "agent", Text(agent.Id), agent.Name);
        }
    }

    /// <summary>A session and its messages: user and assistant turns (every twelfth reply a tool call), gaps of seconds to minutes.</summary>
    public void Session(SessionPlan plan, MessageContent content, Random random)
    {
        var conversation = Text(plan.Id);
        var speaker = plan.Peer is { } peer ? peer.ParticipantId : ParticipantOf(plan.OwnerId);
        var longHistory = plan.Messages > 2000; // seconds apart, so that 100,000 messages span weeks, not years
        var at = plan.CreatedAt;
        for (var i = 0; i < plan.Messages; i++)
        {
            at = at.AddSeconds(longHistory ? 1 + random.Next(30) : 2 + random.Next(240)).AddTicks(random.Next(1_000_000) * 10);
            var fromUser = i % 2 == 0;
            var toolCall = !fromUser && i % 12 == 5;
            Run(_message, Text(BenchWorld.IdOf($"message/{conversation}/{i}")), Text(plan.Agent.Id), Text(plan.OwnerId),
                fromUser ? "user" : toolCall ? "tool_call" : "assistant",
                toolCall ? content.NextToolCall() : content.Next(), conversation,
                Text(fromUser ? speaker : plan.Agent.ParticipantId), Text(at));
        }
        Run(_session, conversation, Text(plan.Agent.Id), Text(plan.OwnerId), $"Session {plan.Number}: {Title(content.Next())}",
            plan.Kind == SessionKind.AgentToAgent ? "agent" : "web", plan.Kind == SessionKind.Group ? 1 : 0,
            plan.Kind == SessionKind.Group ? $"Team {plan.Number}" : null, plan.Peer is { } p ? Text(p.Id) : null,
            Text(plan.CreatedAt), plan.Messages == 0 ? null : Text(at));
    }

    private void User(Guid id, string username, string displayName, string role)
    {
        var identity = BenchWorld.IdOf($"identity/{id}");
        Run(_identity, Text(identity), username);
        Run(_user, Text(id), Text(identity), displayName, role, 1);
        Run(_participant, Text(ParticipantOf(id)), "user", Text(id), displayName);
    }

    /// <summary>A title from the start of a text (a Chinese text may be shorter than 20 characters).</summary>
    private static string Title(string text) => text[..Math.Min(20, text.Length)];

    private static Guid ParticipantOf(Guid userId) => BenchWorld.IdOf($"participant/user/{userId}");

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }
}
