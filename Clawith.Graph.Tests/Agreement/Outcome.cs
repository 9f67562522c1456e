using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// What a call came to, in terms both APIs share: the items it answered (each as canonical JSON), or a
/// refusal spelled as the GraphQL error code and its message. REST's 401/403/404/422 map to
/// AUTH_NOT_AUTHENTICATED / AUTH_NOT_AUTHORIZED / NOT_FOUND / VALIDATION with the "detail"; GraphQL's
/// errors and payload errors map to the same words. Anything else is spelled out so it cannot match.
/// </summary>
public sealed record Outcome(string? Refusal, IReadOnlyList<JsonObject> Items)
{
    public static Outcome Refused(string refusal) => new(refusal, []);

    public static Outcome Answered(IEnumerable<JsonObject> items) => new(null, [.. items]);

    public IReadOnlyList<string> Lines => Refusal is null ? [.. Items.Select(i => Wire.Canonical(i))] : [Refusal];

    public override string ToString() => Lines.Count == 0 ? "(nothing)" : string.Join("\n", Lines);

    /// <summary>A REST refusal, or null when the status is <paramref name="success"/>.</summary>
    public static string? RestRefusal(GraphResponse response, HttpStatusCode success)
    {
        if (response.Status == success)
            return null;
        var code = response.Status switch
        {
            HttpStatusCode.Unauthorized => "AUTH_NOT_AUTHENTICATED",
            HttpStatusCode.Forbidden => "AUTH_NOT_AUTHORIZED",
            HttpStatusCode.NotFound => "NOT_FOUND",
            HttpStatusCode.UnprocessableEntity => "VALIDATION",
            _ => null,
        };
        var detail = TryJson(response)?["detail"];
        return code is not null && detail is JsonValue
            ? $"{code}: {detail}"
            : $"HTTP {(int)response.Status}: {response.Body}";
    }

    /// <summary>The GraphQL errors of a response, or null when there are none; <paramref name="rootField"/> is where they belong.</summary>
    public static string? GraphRefusal(GraphResponse response, string rootField)
    {
        if (response.Status != HttpStatusCode.OK)
            return $"HTTP {(int)response.Status}: {response.Body}";
        if (response.Errors.Count == 0)
            return null;
        var errors = string.Join(" ; ", response.Errors.Select(error =>
        {
            var path = string.Join('.', error!["path"]?.AsArray().Select(p => p!.ToString()) ?? []);
            var text = $"{error["extensions"]?["code"]}: {error["message"]}";
            return path == rootField ? text : $"{text} @ {(path.Length == 0 ? "(no path)" : path)}";
        }));
        return response.Data?[rootField] is null ? errors : $"{errors} [yet data returned]";
    }

    /// <summary>A mutation payload's errors (NotFoundError, NotAuthorizedError, ValidationError), or null when it has none.</summary>
    public static string? PayloadRefusal(JsonNode payload)
    {
        if (payload["errors"] is not JsonArray { Count: > 0 } errors)
            return null;
        return string.Join(" ; ", errors.Select(error => (string?)error!["__typename"] switch
        {
            "NotFoundError" => $"NOT_FOUND: {error["message"]}",
            "NotAuthorizedError" => $"AUTH_NOT_AUTHORIZED: {error["message"]}",
            "ValidationError" => $"VALIDATION: {error["message"]}" + ((string?)error["field"] == "title" ? "" : $" (field {error["field"]})"),
            var type => $"{type}: {error["message"]}",
        }));
    }

    private static JsonNode? TryJson(GraphResponse response)
    {
        try
        {
            return response.Json;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
