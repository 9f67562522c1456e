using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Users;

/// <summary>
/// Users by id, with their identity's username, in one hand-written statement per batch: every
/// request asks for its caller's row (<see cref="Auth.DatabaseUserValidator"/>), so it skips LINQ's
/// translation and materializer.
/// </summary>
public sealed class UserLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<Guid, User?>
{
    protected override async Task<IReadOnlyDictionary<Guid, User?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = $"SELECT {UserRow.Columns("u")} FROM \"users\" AS u {UserRow.IdentityJoin("u")} WHERE u.\"id\" IN ({HandWrittenQuery.Placeholders(0, keys.Count)})";
        var users = await db.ListAsync(sql, [.. keys.Select(id => db.Stored<User>(nameof(User.Id), id))], row => UserRow.Read(row, 0)!, cancellationToken);
        return users.ToDictionary(user => user.Id, user => (User?)user);
    }
}
