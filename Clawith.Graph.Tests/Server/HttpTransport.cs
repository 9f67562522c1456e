using System.Net;
using System.Net.Http.Headers;
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

    /// <summary>Sends a request the client helpers do not shape, keeping the raw bytes and the content headers (Allow).</summary>
    public static async Task<Exchange> SendAsync(this GraphClient client, HttpMethod method, string pathAndQuery, string? accept = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        using var message = await client.Http.SendAsync(request);
        var bytes = await message.Content.ReadAsByteArrayAsync();
        return new Exchange(await GraphResponse.ReadAsync(message), message.Content.Headers, bytes);
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

    /// <summary>No stack trace and no exception type name reach the client.</summary>
    public static GraphResponse ShouldNotLeakInternals(this GraphResponse response)
    {
        Assert.DoesNotContain("   at ", response.Body);
        Assert.DoesNotContain("Exception", response.Body);
        return response;
    }

    /// <summary>The media type of the response, without its parameters.</summary>
    public static string? MediaType(this GraphResponse response) => response.ContentType?.Split(';')[0].Trim();
}

/// <summary>A response with what <see cref="GraphResponse"/> leaves out: its content headers and its bytes as sent.</summary>
internal sealed record Exchange(GraphResponse Response, HttpContentHeaders ContentHeaders, byte[] Bytes);
