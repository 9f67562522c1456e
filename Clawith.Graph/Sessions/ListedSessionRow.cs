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
    /// <summary>chat_sessions' columns both generations have, as the listing selects and reads them (<see cref="IListedSessionColumns"/> adds 251aeba8's).</summary>
    public static EntityColumns<ChatSession> SharedColumns() => new EntityColumns<ChatSession>()
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

    /// <summary>The values of the order's keys, when the list is in another order than its default; else empty.</summary>
    public IReadOnlyList<object?> Keys { get; init; } = [];

    /// <summary>
    /// A listed row's SELECT list and where each part stands in it: the listed session <c>p</c> (the generation's
    /// columns), then what a list shows of it: its count, its agent <c>a</c>, peer <c>pa</c> and owner <c>u</c>.
    /// </summary>
    public sealed class Layout
    {
        private readonly RowLayout _layout = new();
        private readonly int _session, _count, _agent, _peer, _owner;

        public Layout(EntityColumns<ChatSession> sessionColumns)
        {
            SessionColumns = sessionColumns;
            _session = _layout.Add(sessionColumns.Count, model => sessionColumns.Select(model, "p"));
            _count = _layout.Add(1, model => SessionFields.MessageCountOf(model, "p"));
            _agent = _layout.Add(AgentRow.ColumnCount, _ => Sql.Raw(AgentRow.Columns("a")));
            _peer = _layout.Add(AgentRow.ColumnCount, _ => Sql.Raw(AgentRow.Columns("pa")));
            _owner = _layout.Add(UserRow.ColumnCount, _ => Sql.Raw(UserRow.Columns("u")));
        }

        /// <summary>chat_sessions' columns the listing selects, first in the row.</summary>
        public EntityColumns<ChatSession> SessionColumns { get; }

        /// <summary>Where the keys of a re-ordered list start, after everything else.</summary>
        public int KeysColumn => _layout.Width;

        /// <summary>The SELECT list of a listed row.</summary>
        public Sql Select(SqlDialect sql) => _layout.Select(sql.Model);

        /// <summary>
        /// Reads the rows of one listing. An agent or owner met again further down is not read again: a
        /// page's sessions mostly share their agent and a few owners, and reading a column costs far more
        /// than looking an id up.
        /// </summary>
        public Func<DbDataReader, ListedSessionRow> Reader(IReadOnlyList<SortKey>? keys = null)
        {
            var agents = new Dictionary<Guid, Agent?>();
            var owners = new Dictionary<Guid, User?>();
            return row =>
            {
                var session = SessionColumns.Read(row, _session);
                return new ListedSessionRow(
                    session,
                    (int)row.GetInt64(_count),
                    Once(agents, session.AgentId, row, _agent, AgentRow.Read),
                    session.PeerAgentId is { } peerId ? Once(agents, peerId, row, _peer, AgentRow.Read) : null,
                    Once(owners, session.UserId, row, _owner, UserRow.Read))
                {
                    Keys = keys is null ? [] : [.. keys.Select((key, i) => key.Field.Kind.ReadKey(row, KeysColumn + i))],
                };
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
