using System.Text.Json;
using Clawith.Graph.Schema.Introspection;
using GraphQL.Types;

namespace Clawith.Graph.Schema.Scalars;

/// <summary>Any JSON value, passed through as it was stored (tool arguments and results).</summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value: object, array, string, number, boolean or null.";
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc8259");
    }

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        _ => value,
    };
}
