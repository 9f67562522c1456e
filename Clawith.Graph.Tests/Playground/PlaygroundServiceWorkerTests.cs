using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Playground;

/// <summary>
/// The service worker Banana Cake Pop registers at every load is answered, never a 404, and can never serve a
/// stale IDE: it is revalidated each time and only unregisters itself (and whatever worker came before it).
/// </summary>
public sealed class PlaygroundServiceWorkerTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task The_service_worker_is_a_script_revalidated_on_every_registration()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/service-worker.js");
        // What the IDE's registration sends first on localhost, and what a browser sends to (re)install a worker.
        request.Headers.Add("Service-Worker", "script");

        using var response = await app.Browser().SendAsync(request);
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("self.registration.unregister()", script);
        Assert.Contains("caches.delete", script);
        Assert.DoesNotContain("fetch", script);
    }

    [Fact]
    public async Task Head_for_the_service_worker_answers_its_length_without_a_body()
    {
        var get = await app.Browser().FetchAsync("/graphql/service-worker.js");

        var head = await app.Browser().FetchAsync("/graphql/service-worker.js", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal(get.Bytes.Length, head.ContentHeaders.ContentLength);
        Assert.Empty(head.Bytes);
    }
}
