using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Clawith.Graph.Data.Postgres;

/// <summary>
/// Clawith's PostgreSQL enum types, mapped to ours (labels in snake_case: PlatformAdmin is
/// 'platform_admin'), so the server reads and writes Clawith's columns as they are.
/// </summary>
public static class PostgresEnums
{
    private const string UserRoles = "user_role_enum";
    private const string PermissionScopes = "permission_scope_enum";
    private const string ChatRoles = "chat_role_enum";

    public static void Map(NpgsqlDbContextOptionsBuilder postgres) => postgres
        .MapEnum<UserRole>(UserRoles)
        .MapEnum<PermissionScope>(PermissionScopes)
        .MapEnum<ChatRole>(ChatRoles);

    /// <summary>
    /// Declares the types with their labels in Clawith's order (the order of our enums), not the
    /// alphabetical one EF would pick, so a created schema sorts roles as Clawith's does.
    /// </summary>
    public static void Declare(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresEnum(UserRoles, LabelsOf<UserRole>());
        modelBuilder.HasPostgresEnum(PermissionScopes, LabelsOf<PermissionScope>());
        modelBuilder.HasPostgresEnum(ChatRoles, LabelsOf<ChatRole>());
    }

    private static string[] LabelsOf<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetNames<TEnum>().Select(StorageConventions.ToSnakeCase)];
}
