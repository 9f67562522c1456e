using System.Data.Common;
using Clawith.Graph.Agents;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Users;

namespace Clawith.Graph.Sessions;

/// <summary>
/// One row of <see cref="SessionListingSql"/>'s listings: the session, its message count, and its agent,
/// peer agent and owner (with the owner's identity), each null when the row is missing.
/// </summary>
public sealed record ListedSessionRow(ChatSession Session, int MessageCount, Agent? Agent, Agent? Peer, User? Owner)
{
    /// <summary>chat_sessions' columns, in the order a row starts with.</summary>
    public static readonly string[] SessionColumns =
    [
        "id", "agent_id", "user_id", "title", "source_channel", "external_conv_id",
        "is_group", "group_name", "participant_id", "peer_agent_id", "created_at", "last_message_at",
    ];

    /// <summary>What follows the session's columns and its message count: the agent <c>a</c>, the peer <c>pa</c> and the owner <c>u</c>.</summary>
    public static readonly string NameColumns = $"{AgentRow.Columns("a")}, {AgentRow.Columns("pa")}, {UserRow.Columns("u")}";

    private const int CountColumn = 12, AgentColumn = CountColumn + 1, PeerColumn = AgentColumn + AgentRow.ColumnCount, OwnerColumn = PeerColumn + AgentRow.ColumnCount;

    /// <summary>
    /// Reads the rows of one listing. An agent or owner met again further down is not read again: a
    /// page's sessions mostly share their agent and a few owners, and reading a column costs far more
    /// than looking an id up.
    /// </summary>
    public sealed class Reader
    {
        private readonly Dictionary<Guid, Agent?> agents = [];
        private readonly Dictionary<Guid, User?> owners = [];

        public ListedSessionRow Read(DbDataReader row)
        {
            var session = new ChatSession
            {
                Id = row.Id(0),
                AgentId = row.Id(1),
                UserId = row.Id(2),
                Title = row.GetString(3),
                SourceChannel = row.GetString(4),
                ExternalConvId = row.TextOrNull(5),
                IsGroup = row.FlagOrNull(6),
                GroupName = row.TextOrNull(7),
                ParticipantId = row.IdOrNull(8),
                PeerAgentId = row.IdOrNull(9),
                CreatedAt = row.Time(10),
                LastMessageAt = row.TimeOrNull(11),
            };
            return new ListedSessionRow(
                session,
                (int)row.GetInt64(CountColumn),
                Once(agents, session.AgentId, row, AgentColumn, AgentRow.Read),
                session.PeerAgentId is { } peerId ? Once(agents, peerId, row, PeerColumn, AgentRow.Read) : null,
                Once(owners, session.UserId, row, OwnerColumn, UserRow.Read));
        }

        private static T? Once<T>(Dictionary<Guid, T?> seen, Guid id, DbDataReader row, int first, Func<DbDataReader, int, T?> read) where T : class
        {
            if (!seen.TryGetValue(id, out var value))
                seen[id] = value = read(row, first);
            return value;
        }
    }
}
