using System.Text.Json;
using GraphQL;
using GraphQL.Execution;

namespace Clawith.Graph.Server;

/// <summary>
/// One result's writing for <see cref="ExecutionResultWriter"/>, resumable after any value: it keeps the
/// open objects and lists, and the next child of each, on a stack instead of the call stack.
/// </summary>
internal sealed class ExecutionResultWalk(ExecutionResult result, JsonSerializerOptions options)
{
    private readonly Stack<Open> _open = new();
    private bool _started;

    /// <summary>Writes until done (true) or until the writer holds <paramref name="pauseAt"/> bytes or more (false).</summary>
    public bool WriteTo(Utf8JsonWriter writer, long pauseAt)
    {
        if (!_started)
        {
            _started = true;
            WriteStart(writer);
        }
        while (_open.Count > 0)
        {
            if (writer.BytesPending >= pauseAt)
                return false;
            WriteNextChild(writer);
        }
        WriteEnd(writer);
        return true;
    }

    private void WriteStart(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (result.Executed)
        {
            writer.WritePropertyName("data");
            if (result.Data is ExecutionNode data)
                WriteNode(writer, data);
            else
                JsonSerializer.Serialize(writer, result.Data, options);
        }
    }

    private void WriteEnd(Utf8JsonWriter writer)
    {
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    /// <summary>The innermost open object's or list's next child, or its end when it has no more.</summary>
    private void WriteNextChild(Utf8JsonWriter writer)
    {
        var (parent, next) = _open.Pop();
        if (parent is ObjectExecutionNode { SubFields: { } fields })
        {
            if (next == fields.Length)
            {
                writer.WriteEndObject();
                return;
            }
            _open.Push(new Open(parent, next + 1));
            var field = fields[next];
            writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name!) ?? field.Name!);
            WriteNode(writer, field);
            return;
        }
        var items = ((ArrayExecutionNode)parent).Items!;
        if (next == items.Count)
        {
            writer.WriteEndArray();
            return;
        }
        _open.Push(new Open(parent, next + 1));
        WriteNode(writer, items[next]);
    }

    /// <summary>A value whole, or the start of an object or list whose children follow.</summary>
    private void WriteNode(Utf8JsonWriter writer, ExecutionNode node)
    {
        switch (node)
        {
            case ValueExecutionNode:
                WriteScalar(writer, node.Result);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode:
                writer.WriteStartObject();
                _open.Push(new Open(node, 0));
                break;
            case ArrayExecutionNode { Items: null } list:
                JsonSerializer.Serialize(writer, list.SerializedResult, options);
                break;
            case ArrayExecutionNode:
                writer.WriteStartArray();
                _open.Push(new Open(node, 0));
                break;
            case NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    private void WriteScalar(Utf8JsonWriter writer, object? value)
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

    private readonly record struct Open(ExecutionNode Node, int Next);
}
