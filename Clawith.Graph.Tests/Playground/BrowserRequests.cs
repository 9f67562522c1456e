using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clawith.Graph.Tests.Playground;

/// <summary>Requests as a browser sends them when a person types the URL, with redirects shown, not followed.</summary>
internal static class BrowserRequests
{
    /// <summary>Chromium's Accept header for a page navigation.</summary>
    public const string Accept =
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

    public static HttpClient Browser(this WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<GraphResponse> NavigateAsync(this HttpClient browser, string pathAndQuery, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        using var response = await browser.SendAsync(request);
        return await GraphResponse.ReadAsync(response);
    }

    /// <summary>A fetch of one of the page's files (scripts, styles, the config), which browsers send with Accept */*.</summary>
    public static async Task<GraphResponse> FetchAsync(this HttpClient browser, string path, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "*/*");
        using var response = await browser.SendAsync(request);
        return await GraphResponse.ReadAsync(response);
    }
}
