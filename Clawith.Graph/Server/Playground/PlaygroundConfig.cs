using System.Text.Json;

namespace Clawith.Graph.Server.Playground;

/// <summary>
/// bcp-config.json, which the IDE fetches beside its page (<c>/graphql/bcp-config.json</c>) before it
/// starts: the keys are the ones its bundle reads. It targets this server's own endpoint, sends no
/// cookies (the API takes a bearer token, set in the IDE's connection settings) and no telemetry;
/// with no <c>gaTrackingId</c> it loads no analytics script.
/// </summary>
internal sealed record PlaygroundConfig(
    bool UseBrowserUrlAsEndpoint, string Endpoint, string Title, bool IncludeCookies, bool UseGet, bool DisableTelemetry)
{
    public const string FileName = "bcp-config.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The endpoint keeps the request's path base, so the IDE works behind a proxy that mounts the app under a prefix.</summary>
    public static PlaygroundConfig For(HttpRequest request) => new(
        UseBrowserUrlAsEndpoint: true,
        Endpoint: request.PathBase + GraphQLEndpoint.Path,
        Title: "Clawith.Graph",
        IncludeCookies: false,
        UseGet: false,
        DisableTelemetry: true);

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}
