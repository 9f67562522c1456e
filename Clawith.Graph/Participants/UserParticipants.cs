using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Participants;

/// <summary>
/// A user's participant row, fetched or created as Clawith's get_or_create_user_participant does (RULES C2),
/// inside the caller's transaction: an existing one has its name and picture brought up to date from the user
/// (only with values that are not empty); a missing one is inserted with ON CONFLICT DO NOTHING and read back,
/// so two writers racing on (type, ref_id) end with the one row (uq_participants_type_ref), as Clawith's
/// savepoint does. Clawith refuses to create one for a user with an empty display name; this server names it
/// as a list names the user (the username, else "Unknown").
/// </summary>
public static class UserParticipants
{
    private const string Type = "user";

    public static async Task<Guid> EnsureAsync(ClawithDbContext db, User user, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, user.Id, cancellationToken) is { } existing)
        {
            await SyncAsync(db, existing, user, cancellationToken);
            return existing.Id;
        }
        // Only this class's own text goes into the statement; every value is a placeholder.
        var insert =
            $$"""INSERT INTO "participants" ("id", "type", "ref_id", "display_name", "avatar_url") VALUES ({0}, {1}, {2}, {3}, {{TextOrNull(user.AvatarUrl, 4)}}) ON CONFLICT ("type", "ref_id") DO NOTHING""";
        await db.Database.ExecuteSqlRawAsync(insert,
            [Stored(db, Guid.NewGuid()), Type, Stored(db, user.Id), SessionNaming.OwnerName(user), .. Present(user.AvatarUrl)],
            cancellationToken);
        var created = await FindAsync(db, user.Id, cancellationToken)
            ?? throw new InvalidOperationException($"The participant of user {user.Id} was neither found nor created.");
        await SyncAsync(db, created, user, cancellationToken);
        return created.Id;
    }

    private static async Task<Participant?> FindAsync(ClawithDbContext db, Guid userId, CancellationToken cancellationToken) =>
        (await db.ListAsync($$"""SELECT {{ParticipantRow.Columns("p")}} FROM "participants" AS p WHERE p."type" = {0} AND p."ref_id" = {1}""",
            [Type, Stored(db, userId)], row => ParticipantRow.Read(row, 0), cancellationToken)).SingleOrDefault();

    private static async Task SyncAsync(ClawithDbContext db, Participant participant, User user, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrEmpty(user.DisplayName) ? participant.DisplayName : user.DisplayName;
        var avatar = string.IsNullOrEmpty(user.AvatarUrl) ? participant.AvatarUrl : user.AvatarUrl;
        if (name == participant.DisplayName && avatar == participant.AvatarUrl)
            return;
        var update = $$"""UPDATE "participants" SET "display_name" = {0}, "avatar_url" = {{TextOrNull(avatar, 2)}} WHERE "id" = {1}""";
        await db.Database.ExecuteSqlRawAsync(update,
            [name, Stored(db, participant.Id), .. Present(avatar)], cancellationToken);
    }

    // EF's raw SQL takes no untyped null (DBNull has no store type): a missing picture is written as the NULL literal.
    private static string TextOrNull(string? text, int placeholder) => text is null ? "NULL" : $"{{{placeholder}}}";

    private static object[] Present(string? text) => text is null ? [] : [text];

    private static object Stored(ClawithDbContext db, Guid id) => db.Stored<Participant>(nameof(Participant.Id), id);
}
