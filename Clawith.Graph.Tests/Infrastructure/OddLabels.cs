using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// Stores role labels Clawith's enums do not have, as another writer of the database may. On SQLite the
/// text column takes any; on PostgreSQL the test's own database first learns the label
/// (<c>ALTER TYPE … ADD VALUE</c>), as a newer Clawith's migration would add a role.
/// </summary>
public static class OddLabels
{
    public static Task SetUserRoleAsync(ClawithAppFactory app, Guid userId, string label) =>
        SetRoleAsync(app, "users", "user_role_enum", userId, label);

    public static Task SetMessageRoleAsync(ClawithAppFactory app, Guid messageId, string label) =>
        SetRoleAsync(app, "chat_messages", "chat_role_enum", messageId, label);

    private static async Task SetRoleAsync(ClawithAppFactory app, string table, string type, Guid id, string label)
    {
        await using var db = await app.NewDbContextAsync();
        // The table and type are this class's own constants; the label and id are parameters (the label is
        // also a literal in ALTER TYPE, which takes no parameters, hence the quoting).
        if (db.Database.IsSqlite())
        {
            var update = "UPDATE \"" + table + "\" SET \"role\" = {0} WHERE \"id\" = {1}";
            await db.Database.ExecuteSqlRawAsync(update, label, id.ToString());
            return;
        }
        var learn = "ALTER TYPE " + type + " ADD VALUE IF NOT EXISTS '" + label.Replace("'", "''") + "'";
        await db.Database.ExecuteSqlRawAsync(learn);
        var cast = "UPDATE \"" + table + "\" SET \"role\" = CAST({0} AS " + type + ") WHERE \"id\" = {1}";
        await db.Database.ExecuteSqlRawAsync(cast, label, id);
    }
}
