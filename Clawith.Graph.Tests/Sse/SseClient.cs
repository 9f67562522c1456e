using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clawith.Graph.Tests.Subscriptions;

namespace Clawith.Graph.Tests.Sse;

/// <summary>One event of a stream: its type and its data (the JSON of an execution result for <c>next</c>).</summary>
public sealed record SseEvent(string Event, string Data)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;

    public string? ErrorCode(int index = 0) =>
        Json.GetProperty("errors")[index].GetProperty("extensions").GetProperty("code").GetString();

    public string? ErrorMessage(int index = 0) => Json.GetProperty("errors")[index].GetProperty("message").GetString();
}

/// <summary>
/// A GraphQL-over-SSE client as graphql-sse's "distinct connections" mode is one: a request with
/// <c>Accept: text/event-stream</c>, then the response read as the SSE spec reads it (events, data lines,
/// comments), on a real socket. Reading is on demand, so a test can stop reading to play a slow client.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpClient http, HttpResponseMessage response, StreamReader reader)
    {
        (_http, _response, _reader) = (http, response, reader);
    }

    public HttpResponseMessage Response => _response;

    public HttpStatusCode Status => _response.StatusCode;

    /// <summary>Posts <paramref name="query"/> (or any body) to /graphql asking for an event stream, and waits for the headers.</summary>
    public static Task<SseClient> PostAsync(Uri server, string? token, string query, object? variables = null) =>
        SendAsync(server, token, HttpMethod.Post, "/graphql", JsonSerializer.Serialize(new { query, variables }));

    public static Task<SseClient> GetAsync(Uri server, string? token, string query) =>
        SendAsync(server, token, HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}", body: null);

    public static async Task<SseClient> SendAsync(Uri server, string? token, HttpMethod method, string pathAndQuery, string? body, string accept = "text/event-stream")
    {
        var http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(method, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var timeout = new CancellationTokenSource(TransportClient.Patience);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token), Encoding.UTF8);
        return new SseClient(http, response, reader);
    }

    /// <summary>The whole body as text, for an answer that is not an event stream (a refusal before the stream opened).</summary>
    public Task<string> BodyAsync() => _reader.ReadToEndAsync();

    /// <summary>The next event, skipping comments; fails if the stream ends first or nothing comes in time.</summary>
    public async Task<SseEvent> NextEventAsync()
    {
        while (await ReadBlockAsync() is { } block)
        {
            if (block.Event is { } kind)
                return new SseEvent(kind, block.Data);
        }
        Assert.Fail("The stream ended instead of sending an event.");
        return null!;
    }

    /// <summary>The next event, which must be of this type.</summary>
    public async Task<SseEvent> NextEventAsync(string kind)
    {
        var next = await NextEventAsync();
        Assert.True(next.Event == kind, $"Expected a {kind} event, got {next.Event}: {next.Data}");
        return next;
    }

    /// <summary>The next comment (a keep-alive or a closing reason); fails on an event or the end.</summary>
    public async Task<string> NextCommentAsync()
    {
        var block = await ReadBlockAsync();
        Assert.True(block is { Event: null, Comment: not null }, $"Expected a comment, got {block}");
        return block!.Comment!;
    }

    /// <summary>Reads to the end of the stream: the events and comments that were still in it.</summary>
    public async Task<IReadOnlyList<string>> RestAsync()
    {
        var rest = new List<string>();
        while (await ReadBlockAsync() is { } block)
            rest.Add(block.Event is null ? $":{block.Comment}" : $"{block.Event} {block.Data}");
        return rest;
    }

    /// <summary>A query or mutation: its one <c>next</c>, then <c>complete</c>, then the end of the response.</summary>
    public async Task<SseEvent> SingleResultAsync()
    {
        var next = await NextEventAsync("next");
        await NextEventAsync("complete");
        Assert.Empty(await RestAsync());
        return next;
    }

    private sealed record Block(string? Event, string Data, string? Comment);

    /// <summary>One block of lines up to a blank line; null at the end of the stream.</summary>
    private async Task<Block?> ReadBlockAsync()
    {
        using var timeout = new CancellationTokenSource(TransportClient.Patience);
        string? kind = null;
        string? comment = null;
        var data = new List<string>();
        var any = false;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (any)
                    return new Block(kind, string.Join("\n", data), comment);
                continue;
            }
            any = true;
            if (line.StartsWith(':'))
                comment = line[1..].TrimStart();
            else if (line.StartsWith("event:", StringComparison.Ordinal))
                kind = line["event:".Length..].TrimStart();
            else if (line.StartsWith("data:", StringComparison.Ordinal))
                data.Add(line["data:".Length..].TrimStart());
        }
        return any ? new Block(kind, string.Join("\n", data), comment) : null;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _http.Dispose();
        await Task.CompletedTask;
    }
}
