using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Clawith.Graph.Tests.Playground;

/// <summary>
/// Debian's Chromium under Playwright, never a browser Playwright would download (that fails offline).
/// </summary>
internal static class HeadlessChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SkipReasons.ChromiumPath,
            Headless = true,
            // No sandbox: CI runs as root. The rest keeps the browser from calling home.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });

    /// <summary>
    /// Lets the page reach only this machine: whatever the IDE would fetch from the internet is aborted
    /// and listed, so the test proves it works offline.
    /// </summary>
    public static async Task<IReadOnlyCollection<string>> KeepOnLoopbackAsync(IPage page)
    {
        var outside = new ConcurrentQueue<string>();
        await page.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.IsLoopback)
                await route.ContinueAsync();
            else
            {
                outside.Enqueue($"{route.Request.Method} {route.Request.Url} ({route.Request.ResourceType})");
                await route.AbortAsync();
            }
        });
        return outside;
    }
}
