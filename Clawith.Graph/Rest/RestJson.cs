using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clawith.Graph.Rest;

/// <summary>
/// JSON as FastAPI writes it: snake_case names where Clawith's REST module has them (the DTOs name each field),
/// nulls kept, non-ASCII text raw. Bodies are read case-sensitively, as Pydantic does.
/// </summary>
public static class RestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonHttpResult<T> Result<T>(T value, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, Options, statusCode: status);

    /// <summary>A list answered as it is made, a piece at a time (<see cref="StreamedJsonArray{T}"/>).</summary>
    public static StreamedJsonArray<T> Streamed<T>(IEnumerable<T> items, int status = StatusCodes.Status200OK) =>
        new StreamedJsonArray<T>(items, status);

    /// <summary>
    /// Reads a JSON object body into <typeparamref name="T"/>. Like FastAPI, a body with a non-JSON
    /// content type, malformed JSON or a field of the wrong type is a 422; an empty one is null.
    /// </summary>
    public static async Task<T?> ReadBodyAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentType is { } contentType && !IsJson(contentType))
            throw RestRejection.Unprocessable("The body must be JSON (Content-Type: application/json).");
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length == 0)
            return null;
        using var document = Parse(body.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw RestRejection.Unprocessable("The body must be a JSON object.");
        try
        {
            return document.RootElement.Deserialize<T>(Options);
        }
        catch (JsonException exception)
        {
            // The serializer's own message names .NET types; the client only needs the field.
            throw RestRejection.Unprocessable($"Field '{exception.Path?.TrimStart('$', '.')}' has the wrong type.");
        }
    }

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw RestRejection.Unprocessable("The body is not valid JSON.");
        }
    }

    private static bool IsJson(string contentType) =>
        contentType.Split(';')[0].Trim() is var mediaType
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
