using System.Text.Json;
using Clawith.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Transport;

namespace Clawith.Graph.Server;

/// <summary>
/// Reads a GraphQL request from a POST body or GET query string, or says why it cannot. Which document it
/// runs (its query, or a persisted one by documentId or hash) is for <see cref="Persisted.OperationTexts"/>.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<(GraphQLRequest? Request, CodedExecutionError? Error)> ReadPostAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJson(http.ContentType))
            return (null, CodedExecutionError.InvalidInput("Send the request as Content-Type: application/json."));
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, cancellationToken);
        var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
        if (FirstNonWhitespace(bytes.Span) == (byte)'[')
            return (null, CodedExecutionError.InvalidInput("Batched requests are not supported: send one operation per request."));
        if (RepeatedKey(bytes.Span) is { } repeated)
            return (null, CodedExecutionError.InvalidInput($"The request body gives \"{repeated}\" more than once: send each key once."));
        try
        {
            var request = serializer.Deserialize<GraphQLRequest>(System.Text.Encoding.UTF8.GetString(bytes.Span));
            return Checked(request);
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            return (null, CodedExecutionError.InvalidInput("The request body is not a valid GraphQL request in JSON."));
        }
    }

    public (GraphQLRequest? Request, CodedExecutionError? Error) ReadGet(HttpRequest http)
    {
        if (GetParameters.FirstOrDefault(name => http.Query[name].Count > 1) is { } repeated)
            return (null, CodedExecutionError.InvalidInput($"The query string gives {repeated} more than once: send each parameter once."));
        try
        {
            var variables = http.Query["variables"].ToString();
            var extensions = http.Query["extensions"].ToString();
            return Checked(new GraphQLRequest
            {
                Query = NullIfEmpty(http.Query["query"].ToString()),
                DocumentId = NullIfEmpty(http.Query["documentId"].ToString()),
                OperationName = NullIfEmpty(http.Query["operationName"].ToString()),
                Variables = variables.Length == 0 ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = extensions.Length == 0 ? null : serializer.Deserialize<Inputs>(extensions),
            });
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            return (null, CodedExecutionError.InvalidInput("The variables or extensions parameter is not a JSON object."));
        }
    }

    /// <summary>
    /// How the deserializer refuses bytes that are not a request: bad JSON, values of the wrong kind,
    /// numbers out of range, and a key given twice in one object (which it adds to a dictionary).
    /// </summary>
    private static bool IsMalformed(Exception exception) =>
        exception is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException or OverflowException;

    private static (GraphQLRequest?, CodedExecutionError?) Checked(GraphQLRequest? request) =>
        request is null
            ? (null, CodedExecutionError.InvalidInput("The request body is not a valid GraphQL request in JSON."))
            : (request, null);

    /// <summary>
    /// A key the request object gives twice. The deserializer would keep the last one silently, so a
    /// proxy or filter that read the first (a query) would pass a request that runs another (a mutation).
    /// Duplicates inside <c>variables</c> and <c>extensions</c> the deserializer refuses itself.
    /// </summary>
    private static string? RepeatedKey(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!seen.Add(reader.GetString()!))
                    return reader.GetString();
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed: the deserializer says so.
        }
        return null;
    }

    private static readonly string[] GetParameters = ["query", "documentId", "operationName", "variables", "extensions"];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static byte? FirstNonWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return b;
        return null;
    }
}
