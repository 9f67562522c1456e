using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Users;

/// <summary>Users by id, with their identity's username, in one query per batch.</summary>
public sealed class UserLoader(IDbContextFactory<ClawithDbContext> contexts) : RowsByIdLoader<User>(contexts)
{
    protected override IQueryable<User> Find(ClawithDbContext db, IReadOnlyList<Guid> ids) =>
        db.Users.Include(u => u.Identity).Where(u => ids.Contains(u.Id));

    protected override Guid IdOf(User user) => user.Id;
}
