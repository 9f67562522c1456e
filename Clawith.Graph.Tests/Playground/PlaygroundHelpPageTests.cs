using System.Net;
using Clawith.Graph.Server.Playground;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Clawith.Graph.Tests.Playground;

/// <summary>A build made without Node.js has no IDE files: browsers get a page saying how to get them, and the API is untouched.</summary>
public sealed class PlaygroundHelpPageTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private WebApplicationFactory<Program> WithoutIde() =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton(new PlaygroundAssets(new NullFileProvider()))));

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task A_browser_gets_a_help_page_naming_npm_ci_and_linking_the_schema(string path)
    {
        await using var withoutIde = WithoutIde();

        var response = await withoutIde.Browser().NavigateAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("npm ci --prefix playground", response.Body);
        Assert.Contains("Node.js", response.Body);
        Assert.Contains("""<a href="/graphql?sdl">""", response.Body);
        Assert.DoesNotContain("static/js", response.Body);
    }

    [Fact]
    public async Task The_ide_files_are_404_and_the_api_and_the_schema_still_answer()
    {
        await using var withoutIde = WithoutIde();
        var browser = withoutIde.Browser();
        var api = new GraphClient(withoutIde.CreateClient(), app).As(TestWorld.Creator);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/graphql/LICENSE")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/graphql/favicon.svg")).Status);
        Assert.StartsWith("text/plain", (await browser.NavigateAsync("/graphql?sdl")).ContentType);
        Assert.Equal("carla", (string?)(await api.PostAsync("{ me { username } }")).ShouldSucceed().Data!["me"]!["username"]);
    }
}
