using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Playground;

/// <summary>The IDE's files under /graphql/: right content types, hashed files cached for good, nothing else served.</summary>
public sealed class PlaygroundAssetTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [PlaygroundFact]
    public async Task A_hashed_script_is_javascript_cached_for_a_year_as_immutable()
    {
        var response = await app.Browser().FetchAsync($"/graphql/{IdePage.MainScript()}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/javascript", response.ContentType);
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [PlaygroundFact]
    public async Task The_stylesheet_is_css_cached_for_a_year_as_immutable()
    {
        var response = await app.Browser().FetchAsync($"/graphql/{IdePage.Stylesheet()}");

        Assert.Equal("text/css", response.ContentType);
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
    }

    [PlaygroundTheory]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("favicon.svg", "image/svg+xml")]
    [InlineData("apple-touch-icon.png", "image/png")]
    [InlineData("manifest.webmanifest", "application/manifest+json")]
    public async Task Icons_and_the_manifest_have_their_content_types_and_are_revalidated(string file, string contentType)
    {
        var response = await app.Browser().FetchAsync($"/graphql/{file}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(contentType, response.ContentType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [PlaygroundFact]
    public async Task The_licence_is_served_beside_the_ide_as_text()
    {
        var response = await app.Browser().FetchAsync("/graphql/LICENSE");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Contains("ChilliCream License 1.0", response.Body);
    }

    [PlaygroundTheory]
    [InlineData("/graphql/static/js/main.00000000.js")]
    [InlineData("/graphql/static/js/")]
    [InlineData("/graphql/package.json")]
    [InlineData("/graphql/index.mjs")]
    [InlineData("/graphql/anything")]
    public async Task An_unknown_path_under_graphql_is_404_and_never_the_ide_page(string path)
    {
        var response = await app.Browser().NavigateAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.DoesNotContain("Banana Cake Pop", response.Body);
    }

    [PlaygroundFact]
    public async Task Head_for_a_script_answers_its_length_without_a_body()
    {
        var browser = app.Browser();
        var path = $"/graphql/{IdePage.MainScript()}";
        var get = await browser.FetchAsync(path);

        var head = await browser.FetchAsync(path, HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal(get.Bytes.Length, head.ContentHeaders.ContentLength);
        Assert.Empty(head.Bytes);
    }

    [PlaygroundFact]
    public async Task A_script_the_browser_already_has_is_answered_304_by_its_etag()
    {
        var browser = app.Browser();
        var path = $"/graphql/{IdePage.MainScript()}";
        var first = await browser.FetchAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("no ETag"));

        using var again = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }
}
