using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Sessions.Mutations;

/// <summary>What a mutation payload says: it worked (errors null), or which one error it carries.</summary>
public static class PayloadAssert
{
    public const string EmptyTitle = "The title must not be empty.";
    public const string TooLongTitle = "The title must be at most 200 characters.";
    public const string SessionNotFound = "Session not found";

    /// <summary>The payload of a mutation that worked: present, with <c>errors: null</c>.</summary>
    public static JsonObject Succeeded(GraphResponse response, string mutation)
    {
        var payload = response.ShouldSucceed().Data![mutation]!.AsObject();
        Assert.True(payload.ContainsKey("errors"), $"The payload has no errors field: {payload}");
        Assert.Null(payload["errors"]);
        return payload;
    }

    /// <summary>The one payload error of a mutation that did not work: no top-level error, no result field.</summary>
    public static JsonNode Failed(GraphResponse response, string mutation, string resultField, string typeName, string message)
    {
        var payload = response.ShouldSucceed().Data![mutation]!.AsObject();
        Assert.True(payload.ContainsKey(resultField), $"The payload has no {resultField} field: {payload}");
        Assert.Null(payload[resultField]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(typeName, (string?)error["__typename"]);
        Assert.Equal(message, (string?)error["message"]);
        return error;
    }

    public static void InvalidTitle(GraphResponse response, string mutation, string message)
    {
        var error = Failed(response, mutation, "session", "ValidationError", message);
        Assert.Equal("title", (string?)error["field"]);
    }

    public static void SessionMissing(GraphResponse response, string mutation, string resultField) =>
        Failed(response, mutation, resultField, "NotFoundError", SessionNotFound);
}
