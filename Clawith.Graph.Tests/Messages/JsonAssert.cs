using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawith.Graph.Tests.Messages;

/// <summary>Compares JSON values by meaning, not by their spacing.</summary>
internal static class JsonAssert
{
    /// <summary>Asserts <paramref name="actual"/> is the JSON <paramref name="expected"/> ("null" for none).</summary>
    public static void Equal(string expected, JsonElement? actual)
    {
        var actualNode = actual is { } element ? JsonSerializer.SerializeToNode(element) : null;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actualNode),
            $"Expected {expected}, got {actualNode?.ToJsonString() ?? "null"}");
    }

    /// <summary>Asserts a response's JSON node is the JSON <paramref name="expected"/> ("null" for none).</summary>
    public static void Equal(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual),
            $"Expected {expected}, got {actual?.ToJsonString() ?? "null"}");
}
