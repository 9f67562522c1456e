using Clawith.Graph.Tests.Infrastructure;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Playground;

/// <summary>
/// A person's first minutes with the playground, in Debian's headless Chromium with the internet cut
/// off: open /graphql, see the schema load, set a bearer token, run a query, read the answer.
/// </summary>
public sealed class BrowserPlaygroundTests(ClawithAppFactory app, ITestOutputHelper output) : IClassFixture<ClawithAppFactory>
{
    /// <summary>Pasted on one line; the IDE's formatter lays it out.</summary>
    private static readonly string Query =
        $$"""{ me { username displayName role } sessions(agentId: "{{TestWorld.Atlas}}", first: 3) { totalCount nodes { title sourceChannel messageCount } } }""";

    [BrowserFact]
    public async Task A_person_opens_graphql_sets_a_bearer_token_runs_a_query_and_reads_their_name_in_the_response()
    {
        await using var server = KestrelApp.Start(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var outside = await HeadlessChromium.KeepOnLoopbackAsync(tab);
        var token = app.TokenFor(TestWorld.Creator);
        var sentWithToken = new List<string>();
        tab.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Headers.GetValueOrDefault("authorization") == $"Bearer {token}")
                sentWithToken.Add(request.PostData ?? "");
        };
        // Everything the page asked this server for and did not get (the IDE's service worker was once a 404).
        var notFound = new List<string>();
        tab.Response += (_, response) =>
        {
            if (response.Status == 404)
                notFound.Add(response.Url);
        };
        var consoleErrors = new List<string>();
        tab.Console += (_, message) =>
        {
            if (message.Type == "error")
                consoleErrors.Add(message.Text);
        };
        var playground = new PlaygroundPage(tab);

        await playground.OpenAsync(server.Address);
        await playground.UseBearerTokenAsync(token);
        await playground.RunAsync(Query, expected: "Carla Creator");

        // Taken before the checks, so a failure leaves a picture of what the page showed.
        var screenshot = await playground.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "TestResults", "playground.png"));
        output.WriteLine($"Screenshot of the playground: {screenshot}");
        var shown = await playground.ResponseTextAsync();
        Assert.Contains("\"username\": \"carla\"", shown);
        Assert.Contains("\"title\": \"Trip planning\"", shown);
        Assert.Contains(sentWithToken, body => body.Contains("displayName") && body.Contains(TestWorld.Atlas.ToString()));
        Assert.Empty(notFound);
        Assert.DoesNotContain(consoleErrors, error => error.Contains("404"));
        // The vendor's code may try the internet (it did once in a dozen runs); it was refused, and the
        // IDE worked without it. Listed rather than failed on.
        foreach (var attempt in outside)
            output.WriteLine($"Blocked a request beyond this machine: {attempt}");
    }

    [BrowserFact]
    public async Task A_person_subscribes_to_a_session_in_the_playground_and_sees_a_message_sent_elsewhere_arrive()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        await using var server = KestrelApp.Start(world);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await HeadlessChromium.KeepOnLoopbackAsync(tab);
        var token = world.TokenFor(TestWorld.Creator);
        var playground = new PlaygroundPage(tab);
        await playground.OpenAsync(server.Address);
        await playground.UseBearerTokenAsync(token);

        await playground.StartAsync(
            $$"""subscription { messageAdded(agentId: "{{TestWorld.Atlas}}", sessionId: "{{TestWorld.CreatorWeb}}") { content role sender { displayName } } }""");
        // The IDE connects its WebSocket as the subscription starts: send until one message shows.
        using var http = new HttpClient { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var shown = playground.WaitForResponseAsync("Sent from another tab.");
        for (var attempt = 0; !shown.IsCompleted && attempt < 30; attempt++)
        {
            var sent = await http.PostAsJsonAsync("/graphql", new
            {
                query = $$"""mutation { sendMessage(input: { agentId: "{{TestWorld.Atlas}}", sessionId: "{{TestWorld.CreatorWeb}}", content: "Sent from another tab." }) { errors { __typename } } }""",
            });
            Assert.DoesNotContain("\"__typename\"", await sent.Content.ReadAsStringAsync());
            await Task.WhenAny(shown, Task.Delay(1000));
        }
        await shown;

        var screenshot = await playground.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "TestResults", "playground-subscription.png"));
        output.WriteLine($"Screenshot of the subscription: {screenshot}");
        Assert.Contains("\"displayName\": \"Carla Creator\"", await playground.ResponseTextAsync());
    }
}
