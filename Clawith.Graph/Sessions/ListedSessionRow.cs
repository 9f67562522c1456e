using System.Data.Common;
using Clawith.Graph.Data.Entities;

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

    private const int CountColumn = 12, AgentColumn = 13, PeerColumn = 17, OwnerColumn = 21, IdentityColumn = 27;

    public static ListedSessionRow Read(DbDataReader row) => new(
        new ChatSession
        {
            Id = row.GetGuid(0),
            AgentId = row.GetGuid(1),
            UserId = row.GetGuid(2),
            Title = row.GetString(3),
            SourceChannel = row.GetString(4),
            ExternalConvId = TextOrNull(row, 5),
            IsGroup = row.IsDBNull(6) ? null : row.GetBoolean(6),
            GroupName = TextOrNull(row, 7),
            ParticipantId = IdOrNull(row, 8),
            PeerAgentId = IdOrNull(row, 9),
            CreatedAt = Time(row, 10),
            LastMessageAt = row.IsDBNull(11) ? null : Time(row, 11),
        },
        (int)row.GetInt64(CountColumn),
        AgentAt(row, AgentColumn),
        AgentAt(row, PeerColumn),
        OwnerAt(row));

    private static Agent? AgentAt(DbDataReader row, int first) => row.IsDBNull(first) ? null : new Agent
    {
        Id = row.GetGuid(first),
        Name = row.GetString(first + 1),
        AvatarUrl = TextOrNull(row, first + 2),
        CreatorId = row.GetGuid(first + 3),
    };

    private static User? OwnerAt(DbDataReader row) => row.IsDBNull(OwnerColumn) ? null : new User
    {
        Id = row.GetGuid(OwnerColumn),
        IdentityId = IdOrNull(row, OwnerColumn + 1),
        DisplayName = row.GetString(OwnerColumn + 2),
        AvatarUrl = TextOrNull(row, OwnerColumn + 3),
        Role = UserRoleLabels.Parse(row.GetString(OwnerColumn + 4)),
        IsActive = row.IsDBNull(OwnerColumn + 5) ? null : row.GetBoolean(OwnerColumn + 5),
        Identity = row.IsDBNull(IdentityColumn) ? null : new Identity { Id = row.GetGuid(IdentityColumn), Username = TextOrNull(row, IdentityColumn + 1) },
    };

    private static string? TextOrNull(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static Guid? IdOrNull(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetGuid(column);

    /// <summary>Both databases hand times back as UTC without saying so alike: SQLite as text, PostgreSQL as timestamptz.</summary>
    private static DateTime Time(DbDataReader row, int column) => DateTime.SpecifyKind(row.GetDateTime(column), DateTimeKind.Utc);
}
