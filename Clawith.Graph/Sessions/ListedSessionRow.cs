using System.Data.Common;
using Clawith.Graph.Agents;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Filtering;
using Clawith.Graph.Users;

namespace Clawith.Graph.Sessions;

/// <summary>
/// One row of <see cref="SessionListingSql"/>'s listings: the session, its message count, and its agent,
/// peer agent and owner (with the owner's identity), each null when the row is missing; then, for a list
/// in another order, the values of its keys (<see cref="Keys"/>), which its cursor carries.
/// </summary>
public sealed record ListedSessionRow(ChatSession Session, int MessageCount, Agent? Agent, Agent? Peer, User? Owner)
{
    /// <summary>chat_sessions' columns, as the listing selects and reads them.</summary>
    public static readonly EntityColumns<ChatSession> SessionColumns = new EntityColumns<ChatSession>()
        .Add(nameof(ChatSession.Id), (s, row, c) => s.Id = row.Id(c))
        .Add(nameof(ChatSession.AgentId), (s, row, c) => s.AgentId = row.Id(c))
        .Add(nameof(ChatSession.UserId), (s, row, c) => s.UserId = row.Id(c))
        .Add(nameof(ChatSession.Title), (s, row, c) => s.Title = row.GetString(c))
        .Add(nameof(ChatSession.SourceChannel), (s, row, c) => s.SourceChannel = row.GetString(c))
        .Add(nameof(ChatSession.ExternalConvId), (s, row, c) => s.ExternalConvId = row.TextOrNull(c))
        .Add(nameof(ChatSession.IsGroup), (s, row, c) => s.IsGroup = row.FlagOrNull(c))
        .Add(nameof(ChatSession.GroupName), (s, row, c) => s.GroupName = row.TextOrNull(c))
        .Add(nameof(ChatSession.ParticipantId), (s, row, c) => s.ParticipantId = row.IdOrNull(c))
        .Add(nameof(ChatSession.PeerAgentId), (s, row, c) => s.PeerAgentId = row.IdOrNull(c))
        .Add(nameof(ChatSession.CreatedAt), (s, row, c) => s.CreatedAt = row.Time(c))
        .Add(nameof(ChatSession.LastMessageAt), (s, row, c) => s.LastMessageAt = row.TimeOrNull(c));

    /// <summary>The listed session <c>p</c>, then what a list shows of it: its count, its agent <c>a</c>, peer <c>pa</c> and owner <c>u</c>.</summary>
    private static readonly RowLayout Layout = new();
    private static readonly int SessionColumn = Layout.Add(SessionColumns.Count, model => SessionColumns.Select(model, "p"));
    private static readonly int CountColumn = Layout.Add(1, model => SessionFields.MessageCountOf(model, "p"));
    private static readonly int AgentColumn = Layout.Add(AgentRow.ColumnCount, _ => Sql.Raw(AgentRow.Columns("a")));
    private static readonly int PeerColumn = Layout.Add(AgentRow.ColumnCount, _ => Sql.Raw(AgentRow.Columns("pa")));
    private static readonly int OwnerColumn = Layout.Add(UserRow.ColumnCount, _ => Sql.Raw(UserRow.Columns("u")));

    /// <summary>Where the keys of a re-ordered list start, after everything else.</summary>
    public static int KeysColumn => Layout.Width;

    /// <summary>The SELECT list of a listed row.</summary>
    public static Sql Select(SqlDialect sql) => Layout.Select(sql.Model);

    /// <summary>The values of the order's keys, when the list is in another order than its default; else empty.</summary>
    public IReadOnlyList<object?> Keys { get; init; } = [];

    /// <summary>
    /// Reads the rows of one listing. An agent or owner met again further down is not read again: a
    /// page's sessions mostly share their agent and a few owners, and reading a column costs far more
    /// than looking an id up.
    /// </summary>
    public sealed class Reader(IReadOnlyList<SortKey>? keys = null)
    {
        private readonly Dictionary<Guid, Agent?> agents = [];
        private readonly Dictionary<Guid, User?> owners = [];

        public ListedSessionRow Read(DbDataReader row)
        {
            var session = SessionColumns.Read(row, SessionColumn);
            return new ListedSessionRow(
                session,
                (int)row.GetInt64(CountColumn),
                Once(agents, session.AgentId, row, AgentColumn, AgentRow.Read),
                session.PeerAgentId is { } peerId ? Once(agents, peerId, row, PeerColumn, AgentRow.Read) : null,
                Once(owners, session.UserId, row, OwnerColumn, UserRow.Read))
            {
                Keys = keys is null ? [] : [.. keys.Select((key, i) => key.Field.Kind.ReadKey(row, KeysColumn + i))],
            };
        }

        private static T? Once<T>(Dictionary<Guid, T?> seen, Guid id, DbDataReader row, int first, Func<DbDataReader, int, T?> read) where T : class
        {
            if (!seen.TryGetValue(id, out var value))
                seen[id] = value = read(row, first);
            return value;
        }
    }
}
