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
/// differently. The typed writes also carry the streaming below: JsonSerializer flushes the writer it is
/// given, so a value it wrote leaves nothing pending for the walk to see, and an answer of scalars would
/// be gathered whole before it paused (issue 17's A/B found no speed gain in them; this is why they stay).
/// <para>
/// <see cref="WriteAsync"/> streams: it walks the tree with a stack of its own, so it can stop after any
/// value and hand what it gathered to the stream. JsonSerializer cannot do that with a converter, and
/// gathered a whole answer in memory before its first byte left.
/// </para>
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    /// <summary>How much is gathered before it goes to the stream: Kestrel's own write chunk is 4 KiB to 64 KiB.</summary>
    public const int FlushBytes = 32 * 1024;

    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options) =>
        new ExecutionResultWalk(value, options).WriteTo(writer, pauseAt: long.MaxValue);

    /// <summary>
    /// Writes <paramref name="value"/> to <paramref name="stream"/> a piece of about <paramref name="flushBytes"/>
    /// at a time. The JSON is gathered in a buffer, not written straight to the stream: JsonSerializer
    /// flushes the writer it is given (for the errors, a JSON scalar), which on a stream would be
    /// synchronous I/O.
    /// </summary>
    public static async Task WriteAsync(
        Stream stream, ExecutionResult value, JsonSerializerOptions options, CancellationToken cancellationToken, int flushBytes = FlushBytes)
    {
        using var buffer = new PooledBufferWriter(flushBytes + 4096);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(options));
        var walk = new ExecutionResultWalk(value, options);
        bool done;
        do
        {
            done = walk.WriteTo(writer, flushBytes);
            writer.Flush();
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            buffer.Clear();
        }
        while (!done);
    }

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An execution result is only ever written.");

    /// <summary>The writer JsonSerializer itself would make from <paramref name="options"/>.</summary>
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        SkipValidation = true,
    };
}
