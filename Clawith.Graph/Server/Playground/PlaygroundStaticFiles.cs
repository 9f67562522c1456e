using Microsoft.AspNetCore.StaticFiles;

namespace Clawith.Graph.Server.Playground;

/// <summary>
/// The IDE's own files under /graphql/ through ASP.NET Core's static file middleware (content types,
/// HEAD, ETag and 304, ranges): only what the build embedded, so any other path is a 404.
/// </summary>
internal static class PlaygroundStaticFiles
{
    /// <summary>The licence requires that it be served beside the IDE: /graphql/LICENSE.</summary>
    public const string LicenseFile = "LICENSE";

    public static StaticFileOptions Options(PlaygroundAssets assets) => new()
    {
        RequestPath = GraphQLEndpoint.Path,
        FileProvider = assets.Files,
        ContentTypeProvider = new ContentTypes(),
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            // Files under static/ carry a content hash in their names: a new IDE version has new names.
            headers.CacheControl = context.Context.Request.Path.StartsWithSegments($"{GraphQLEndpoint.Path}/static")
                ? "public, max-age=31536000, immutable"
                : "no-cache";
        },
    };

    private sealed class ContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _byExtension = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            if (Path.GetFileName(subpath) == LicenseFile)
            {
                contentType = "text/plain; charset=utf-8";
                return true;
            }
            return _byExtension.TryGetContentType(subpath, out contentType!);
        }
    }
}
