using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Users;

/// <summary>
/// Where a user shows in the graph, as facts for <see cref="UserVisibility"/> to judge: an agent they
/// created (<c>Agent.creator</c>), or a session they own (<c>ChatSession.user</c>) or sent a message in
/// (<c>ChatMessage.sender</c>), with that session's agent and peer and whether the caller owns it.
/// </summary>
public sealed record UserWitness(Guid UserId, Guid AgentId, Guid? PeerAgentId, bool ThroughSession, bool CallerOwnsSession)
{
    /// <summary>The agents whose access admits the caller: the session's agent or its peer (either suffices), or the created agent.</summary>
    public IEnumerable<Guid> Agents => PeerAgentId is { } peer ? [AgentId, peer] : [AgentId];
}

/// <summary>
/// The witnesses of many users for one caller in one statement, distinct: an agent and a kind of session
/// at most once per user, however many sessions or messages stand behind them. A caller without an admin
/// role may read only their own sessions, so the message branch keeps to those (an index walk from the
/// caller's sessions); for an admin it reads the users' messages wherever they are.
/// </summary>
public sealed class UserWitnessLoader(IDbContextFactory<ClawithDbContext> contexts)
    : BatchLoader<(Guid UserId, CurrentUser Caller), IReadOnlyList<UserWitness>>
{
    protected override async Task<IReadOnlyDictionary<(Guid UserId, CurrentUser Caller), IReadOnlyList<UserWitness>>> FetchAsync(
        IReadOnlyList<(Guid UserId, CurrentUser Caller)> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = new Dictionary<(Guid, CurrentUser), IReadOnlyList<UserWitness>>();
        foreach (var byCaller in keys.GroupBy(k => k.Caller))
        {
            var users = byCaller.Select(k => k.UserId).Distinct().ToList();
            var sql = new UserWitnessSql(db, byCaller.Key);
            var witnesses = await db.ListAsync(sql.Of(users), sql.Values, row => new UserWitness(
                row.Id(0), row.Id(1), row.IdOrNull(2), row.GetBoolean(3), row.GetBoolean(4)), cancellationToken);
            var byUser = witnesses.ToLookup(w => w.UserId);
            foreach (var user in users)
                found[(user, byCaller.Key)] = [.. byUser[user]];
        }
        return found;
    }
}
