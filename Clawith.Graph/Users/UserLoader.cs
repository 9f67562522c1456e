using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Users;

/// <summary>
/// Users by id, with their identity's username, in one hand-written statement per batch: every
/// request asks for its caller's row (<see cref="Auth.DatabaseUserValidator"/>), so it skips LINQ's
/// translation and materializer. A row that cannot be read is missing (its user is not authenticated,
/// an owner reads as absent), and logged. Its tenant comes along where the generation has one (<see cref="IUserRows"/>).
/// </summary>
public sealed class UserLoader(IDbContextFactory<ClawithDbContext> contexts, IUserRows shape, ILogger<UserLoader> logger) : BatchLoader<Guid, User?>
{
    protected override async Task<IReadOnlyDictionary<Guid, User?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = $"SELECT {shape.Columns("u")} FROM \"users\" AS u {UserRow.IdentityJoin("u")} WHERE u.\"id\" IN ({StatementRunner.Placeholders(0, keys.Count)})";
        var read = await db.ListReadableAsync(sql, [.. keys.Select(id => db.Stored<User>(nameof(User.Id), id))], "users", row => shape.Read(row, 0)!, cancellationToken);
        logger.LogLeftOut(read.LeftOut);
        return read.Rows.ToDictionary(user => user.Id, user => (User?)user);
    }
}
