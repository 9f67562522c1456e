using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Server;

/// <summary>A persisted-documents setting that cannot work stops the server at start, naming the key and why.</summary>
public sealed class PersistedDocumentSettingsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Section = "GraphQL:PersistedDocuments";

    [Fact]
    public async Task Only_persisted_without_a_manifest_stops_the_server_as_it_would_refuse_everything()
    {
        await using var host = LimitedHost.Start(app, ($"{Section}:OnlyPersisted", "true"));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Equal($"{Section}:OnlyPersisted is on but {Section}:Manifest names no manifest: every operation would be refused.", failure.Message);
    }

    [Fact]
    public async Task An_automatic_query_cache_of_no_size_stops_the_server()
    {
        await using var host = LimitedHost.Start(app, ($"{Section}:MaxAutomaticQueries", "0"));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Equal($"{Section}:MaxAutomaticQueries must be at least 1.", failure.Message);
    }

    [Fact]
    public async Task A_manifest_that_cannot_be_read_stops_the_server_naming_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-manifest-{Guid.NewGuid():N}.json");
        await using var host = LimitedHost.Start(app, ($"{Section}:Manifest", missing));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.StartsWith($"{Section}:Manifest: {missing} could not be read as a persisted-documents manifest", failure.Message);
    }

    [Theory]
    [InlineData("""["{ me { id } }"]""")]
    [InlineData("""{"sha256:abc": 42}""")]
    [InlineData("not json")]
    public async Task A_file_that_is_not_a_manifest_stops_the_server(string json)
    {
        using var manifest = ManifestFile.WrittenText(json);
        await using var host = LimitedHost.Start(app, ($"{Section}:Manifest", manifest.Path));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.StartsWith($"{Section}:Manifest: {manifest.Path} could not be read", failure.Message);
    }

    [Fact]
    public async Task A_sha256_id_that_is_not_its_document_s_hash_stops_the_server_naming_the_id()
    {
        var wrongId = ManifestFile.IdOf("{ me { id } }");
        using var manifest = ManifestFile.Written(new Dictionary<string, string> { [wrongId] = "{ me { username } }" });
        await using var host = LimitedHost.Start(app, ($"{Section}:Manifest", manifest.Path));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Equal($"{Section}:Manifest: in {manifest.Path}, \"{wrongId}\" is not the SHA-256 of its document.", failure.Message);
    }

    [Fact]
    public async Task A_manifest_may_use_ids_of_its_own()
    {
        using var manifest = ManifestFile.Written(new Dictionary<string, string> { ["me-v1"] = "{ me { username } }" });
        await using var host = LimitedHost.Start(app, ($"{Section}:Manifest", manifest.Path));

        var response = await host.As(TestWorld.Creator).PostDocumentIdAsync("me-v1");

        Assert.Equal("""{"data":{"me":{"username":"carla"}}}""", response.ShouldSucceed().Body);
    }
}
