using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clawith.Graph.Data;

/// <summary>
/// Column names and value formats shared by every table: snake_case columns, enums as their
/// snake_case labels (PostgreSQL's own enum types, see <see cref="Postgres.PostgresEnums"/>; text on SQLite),
/// and on SQLite the text formats Clawith itself writes there.
/// </summary>
public static partial class StorageConventions
{
    /// <summary>UTC text that sorts lexically in time order, so SQL can compare and order it.</summary>
    public const string SqliteTimestampFormat = "yyyy-MM-dd HH:mm:ss.FFFFFF";

    public static void Apply(ModelBuilder modelBuilder, bool isSqlite)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (isSqlite && type.IsEnum)
                    property.SetValueConverter(SnakeCaseEnumConverter(type));
                else if (isSqlite && type == typeof(Guid))
                    property.SetValueConverter(LowercaseGuid);
                else if (isSqlite && type == typeof(DateTime))
                    property.SetValueConverter(UtcText);
            }
        }
    }

    public static string ToSnakeCase(string name) => CapitalAfterLetter().Replace(name, "$1_$2").ToLowerInvariant();

    /// <summary>Microsecond precision, as both SQLite text and PostgreSQL timestamptz keep it.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);

    private static readonly ValueConverter<Guid, string> LowercaseGuid = new(
        id => id.ToString("D"),
        text => Guid.Parse(text));

    private static readonly ValueConverter<DateTime, string> UtcText = new(
        value => value.ToUniversalTime().ToString(SqliteTimestampFormat, CultureInfo.InvariantCulture),
        text => DateTime.SpecifyKind(
            DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            DateTimeKind.Utc));

    private static ValueConverter SnakeCaseEnumConverter(Type enumType) =>
        (ValueConverter)Activator.CreateInstance(typeof(SnakeCaseEnumConverter<>).MakeGenericType(enumType))!;

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CapitalAfterLetter();
}

/// <summary>Stores <c>PlatformAdmin</c> as <c>platform_admin</c>, the label Clawith's enums use (<see cref="StoredLabels{TEnum}"/>).</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => StoredLabels<TEnum>.Of(value),
    label => StoredLabels<TEnum>.Parse(label))
    where TEnum : struct, Enum;
