using System.Text;

namespace Clawith.Graph.Server.Playground;

/// <summary>
/// <c>/graphql/service-worker.js</c>, which Banana Cake Pop registers on every load. Its own worker (Workbox)
/// serves the IDE cache-first, so after an upgrade a browser would keep showing the old IDE; this server
/// never embeds it and answers with a worker that takes no part: it installs at once, deletes any caches an
/// earlier worker of this scope filled, unregisters itself, and reloads the pages the earlier worker served
/// (a page loaded without a worker is not under it, so nothing reloads twice). Sent with <c>no-cache</c>:
/// the browser checks it again at each registration. The IDE's files come from the network every time,
/// with their own caching (immutable hashed names, revalidated page).
/// </summary>
internal static class PlaygroundServiceWorker
{
    public const string FileName = "service-worker.js";

    public const string ContentType = "text/javascript; charset=utf-8";

    public static readonly byte[] Script = Encoding.UTF8.GetBytes("""
        // Clawith.Graph keeps no offline copy of its playground: this worker only undoes an earlier one.
        self.addEventListener("install", () => self.skipWaiting());
        self.addEventListener("activate", (event) => {
          event.waitUntil((async () => {
            for (const key of await caches.keys()) await caches.delete(key);
            await self.registration.unregister();
            for (const page of await self.clients.matchAll({ type: "window" })) page.navigate(page.url);
          })());
        });

        """);
}
