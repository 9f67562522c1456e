using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace Clawith.Graph.Server;

/// <summary>
/// Writes a result as GraphQL.NET's own converter does (errors, data, extensions; the data tree
/// straight from the execution nodes), except for the scalars this schema produces: text, booleans,
/// whole numbers and UUIDs are written with the writer's typed methods, where GraphQL.NET asks
/// JsonSerializer to look up each value's runtime type. A page of 50 sessions holds some 600 of them.
/// Any other value (a JSON scalar, a float) still goes through JsonSerializer, so nothing is written
/// differently.
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode data)
                WriteNode(writer, data, options);
            else
                JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An execution result is only ever written.");

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode:
                WriteScalar(writer, node.Result, options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode parent:
                writer.WriteStartObject();
                foreach (var field in parent.SubFields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name!) ?? field.Name!);
                    WriteNode(writer, field, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } list:
                JsonSerializer.Serialize(writer, list.SerializedResult, options);
                break;
            case ArrayExecutionNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                    WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            case NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case Guid id:
                writer.WriteStringValue(id); // canonical lowercase, as UuidGraphType promises
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
