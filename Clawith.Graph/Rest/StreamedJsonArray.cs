using System.Text.Json;
using Clawith.Graph.Server;

namespace Clawith.Graph.Rest;

/// <summary>
/// A JSON array answered as its items are made: each item is written in FastAPI's JSON and handed to
/// the client once about <see cref="ExecutionResultWriter.FlushBytes"/> have gathered, so a route's
/// answer (500 messages of up to 100,000 characters) is never held whole in memory. Everything that can
/// fail (access, loading) happens before the first byte: an item's making cannot.
/// </summary>
public sealed class StreamedJsonArray<T>(IEnumerable<T> items, int status) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var body = response.BodyWriter;
        using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = RestJson.Options.Encoder, SkipValidation = true });
        writer.WriteStartArray();
        var flushedAt = 0L;
        foreach (var item in items)
        {
            // JsonSerializer hands what it wrote to the pipe; nothing leaves until the pipe is flushed.
            JsonSerializer.Serialize(writer, item, RestJson.Options);
            if (writer.BytesCommitted - flushedAt >= ExecutionResultWriter.FlushBytes)
            {
                flushedAt = writer.BytesCommitted;
                await body.FlushAsync(httpContext.RequestAborted);
            }
        }
        writer.WriteEndArray();
        writer.Flush();
        await body.FlushAsync(httpContext.RequestAborted);
    }
}
