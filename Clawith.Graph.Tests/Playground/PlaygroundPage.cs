using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Clawith.Graph.Tests.Playground;

/// <summary>
/// Banana Cake Pop 18 driven as a person does, through the names it shows (roles, aria labels, the
/// placeholder and ids of its settings form); the Monaco editors have no names, so they are found by class.
/// </summary>
internal sealed class PlaygroundPage(IPage page)
{
    /// <summary>Generous: a cold Chromium on a 2-core CI machine parses the IDE's 12 MB of scripts first.</summary>
    public const float Patience = 60_000;

    private ILocator Editors => page.Locator(".monaco-editor");

    /// <summary>Opens the IDE, starts a document, and waits until it has loaded the schema.</summary>
    public async Task OpenAsync(Uri server)
    {
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(new Uri(server, "/graphql").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        await page.GetByText("Schema available").WaitForAsync(); // the status bar, once introspection succeeded
    }

    /// <summary>Connection Settings → Authorization → Bearer: the IDE then sends "Authorization: Bearer {token}".</summary>
    public async Task UseBearerTokenAsync(string token)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Connection Settings" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Authorization" }).ClickAsync();
        await page.Locator("#auth-flow").SelectOptionAsync("bearer");
        await page.GetByPlaceholder("Enter a token here").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
    }

    /// <summary>Pastes the operation, formats it, runs it and waits for a response holding <paramref name="expected"/>.</summary>
    public async Task RunAsync(string operation, string expected)
    {
        await StartAsync(operation);
        await WaitForResponseAsync(expected);
    }

    /// <summary>Pastes the operation, formats it and runs it (a subscription keeps running).</summary>
    public async Task StartAsync(string operation)
    {
        await Editors.First.Locator(".view-lines").ClickAsync();
        await page.Keyboard.InsertTextAsync(operation);
        // The IDE parses the document before it can run it: its "Run" code lens appears above the operation.
        await Editors.First.Locator(".codelens-decoration").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Format Document") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Run Operation") }).ClickAsync();
    }

    public Task WaitForResponseAsync(string expected) =>
        Assertions.Expect(ResponsePane).ToContainTextAsync(expected, new() { Timeout = Patience });

    /// <summary>The response pane's text as shown (the editor draws spaces as no-break spaces).</summary>
    public async Task<string> ResponseTextAsync() => (await ResponsePane.InnerTextAsync()).Replace('\u00a0', ' ');

    /// <summary>A picture of the page, with the toolbar's tooltips moved out of the way; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string path)
    {
        await page.Mouse.MoveAsync(640, 700);
        await Assertions.Expect(page.GetByRole(AriaRole.Tooltip)).ToHaveCountAsync(0, new() { Timeout = Patience });
        await page.ScreenshotAsync(new() { Path = path });
        return path;
    }

    private ILocator ResponsePane => Editors.Filter(new() { HasText = "\"data\"" });
}
