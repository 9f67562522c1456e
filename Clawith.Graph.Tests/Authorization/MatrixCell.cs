using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// How one response reads in the matrix: "ok: …" for a success, "CODE: message" for a GraphQL error
/// ("@ path" when it is not at the operation's root field), "Type: message" for a mutation payload's
/// error. Anything off the contract's shape (a non-200 status, data beside a refusal) is spelled out.
/// </summary>
public static class MatrixCell
{
    public static async Task<string> RunAsync(GraphClient client, MatrixOperation operation) =>
        Read(await client.PostAsync(operation.Document), operation);

    public static string Read(GraphResponse response, MatrixOperation operation)
    {
        var status = response.Status == HttpStatusCode.OK ? "" : $" [HTTP {(int)response.Status}]";
        var field = response.Data?[operation.Field];
        if (response.Errors.Count > 0)
        {
            var errors = string.Join(" ; ", response.Errors.Select(e => ErrorText(e!, operation.Field)));
            return errors + (field is null ? "" : " [yet data returned]") + status;
        }
        if (field is null)
            return "null without an error" + status;
        if (operation.IsMutation && field["errors"] is JsonArray { Count: > 0 } payloadErrors)
        {
            var errors = string.Join(" ; ", payloadErrors.Select(e => $"{e!["__typename"]}: {e["message"]}"));
            return errors + (field[operation.Result!] is null ? "" : $" [yet {operation.Result} returned]") + status;
        }
        return operation.Summarize(field) + status;
    }

    private static string ErrorText(JsonNode error, string rootField)
    {
        var path = string.Join('.', error["path"]?.AsArray().Select(p => p!.ToString()) ?? []);
        var text = $"{error["extensions"]?["code"]}: {error["message"]}";
        return path == rootField ? text : $"{text} @ {(path.Length == 0 ? "(no path)" : path)}";
    }
}
