using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Server;

/// <summary>What the transport tests share: GET urls, the media types, and the shape of a refused request.</summary>
internal static class HttpTransport
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary><c>/graphql?query=…</c> with the optional parameters, each escaped.</summary>
    public static string GetUrl(string query, string? variables = null, string? operationName = null)
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}";
        if (variables is not null)
            url += $"&variables={Uri.EscapeDataString(variables)}";
        if (operationName is not null)
            url += $"&operationName={Uri.EscapeDataString(operationName)}";
        return url;
    }

    /// <summary>
    /// A request the server refused before running it: the status, exactly one INVALID_INPUT error whose
    /// message says <paramref name="messagePart"/>, no "data" key, and nothing of the server's insides.
    /// </summary>
    public static GraphResponse ShouldBeRefused(this GraphResponse response, HttpStatusCode status, string messagePart)
    {
        Assert.Equal(status, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_INPUT", (string?)error!["extensions"]?["code"]);
        Assert.Contains(messagePart, (string?)error["message"]);
        Assert.False(response.Json.AsObject().ContainsKey("data"), $"A refused request has no data: {response.Body}");
        return response.ShouldNotLeakInternals();
    }

    /// <summary>The media type of the response, without its parameters.</summary>
    public static string? MediaType(this GraphResponse response) => response.ContentType?.Split(';')[0].Trim();
}
