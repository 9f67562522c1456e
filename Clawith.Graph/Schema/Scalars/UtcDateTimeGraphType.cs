using System.Globalization;
using Clawith.Graph.Schema.Introspection;

namespace Clawith.Graph.Schema.Scalars;

/// <summary>ISO-8601 with an explicit UTC offset and microseconds, the precision the database keeps.</summary>
public sealed class UtcDateTimeGraphType : TextScalarGraphType
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'";

    public UtcDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "A moment in UTC, as ISO-8601 with its offset: 2026-11-24T09:30:00.000000+00:00.";
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc3339");
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTime moment => moment.ToUniversalTime(),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            => moment.UtcDateTime,
        _ => throw new FormatException($"'{value}' is not an ISO-8601 date and time."),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime moment => moment.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };
}
