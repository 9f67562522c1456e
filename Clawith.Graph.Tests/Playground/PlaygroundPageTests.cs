using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Playground;

/// <summary>A browser opening /graphql gets Banana Cake Pop, whose relative files resolve under /graphql/.</summary>
public sealed class PlaygroundPageTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [PlaygroundFact]
    public async Task A_browser_opening_graphql_is_redirected_to_graphql_slash_where_the_page_relative_files_resolve()
    {
        var response = await app.Browser().NavigateAsync("/graphql");

        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [PlaygroundFact]
    public async Task The_redirect_keeps_the_query_string()
    {
        var response = await app.Browser().NavigateAsync("/graphql?tab=1");

        Assert.Equal("/graphql/?tab=1", response.Headers.Location?.OriginalString);
    }

    [PlaygroundFact]
    public async Task The_page_at_graphql_slash_is_the_package_index_html_unchanged_and_revalidated_on_every_load()
    {
        var response = await app.Browser().NavigateAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("<title>Banana Cake Pop</title>", response.Body);
        Assert.Equal(IdePage.Html(), response.Body);
    }

    [PlaygroundFact]
    public async Task Every_script_and_stylesheet_the_page_names_is_served_relative_to_graphql_slash()
    {
        var browser = app.Browser();
        var files = IdePage.StaticFiles();

        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.Equal(HttpStatusCode.OK, (await browser.FetchAsync($"/graphql/{file}")).Status);
    }

    [PlaygroundFact]
    public async Task Head_for_the_page_answers_its_headers_without_a_body()
    {
        var response = await app.Browser().NavigateAsync("/graphql/", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(IdePage.Html()), response.ContentHeaders.ContentLength);
        Assert.Empty(response.Bytes);
    }
}
