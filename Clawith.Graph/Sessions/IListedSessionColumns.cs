using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Sessions;

/// <summary>
/// What a listing's row carries of its session, as the database's generation has it: every column the graph and
/// the session rules read of a listed session, so a page's sessions are never read again (a page costs the same
/// fixed statements on either generation).
/// </summary>
public interface IListedSessionColumns
{
    ListedSessionRow.Layout Layout { get; }
}

/// <summary>225b36fd: the columns it has.</summary>
public sealed class ListedSessionColumns225b36fd : IListedSessionColumns
{
    private static readonly ListedSessionRow.Layout Shared = new(ListedSessionRow.SharedColumns());

    public ListedSessionRow.Layout Layout => Shared;
}

/// <summary>
/// 251aeba8: also what its rules judge (<see cref="ISessionRules.IsComplete"/>, tenant and deletion for
/// <see cref="ISessionRules.IsFound"/>) and what a listed session shows of its own (sessionType, isPrimary: RULES L9).
/// </summary>
public sealed class ListedSessionColumns251aeba8 : IListedSessionColumns
{
    private static readonly ListedSessionRow.Layout WithHeadColumns = new(ListedSessionRow.SharedColumns()
        .Add(nameof(ChatSession.TenantId), (s, row, c) => s.TenantId = row.IdOrNull(c))
        .Add(nameof(ChatSession.SessionType), (s, row, c) => s.SessionType = row.TextOrNull(c))
        .Add(nameof(ChatSession.GroupId), (s, row, c) => s.GroupId = row.IdOrNull(c))
        .Add(nameof(ChatSession.IsPrimary), (s, row, c) => s.IsPrimary = row.FlagOrNull(c) == true)
        .Add(nameof(ChatSession.DeletedAt), (s, row, c) => s.DeletedAt = row.TimeOrNull(c)));

    public ListedSessionRow.Layout Layout => WithHeadColumns;
}
