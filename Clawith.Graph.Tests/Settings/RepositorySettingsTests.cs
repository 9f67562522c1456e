using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Settings;

/// <summary>
/// The repository's own appsettings.json and appsettings.Development.json, read as
/// <c>dotnet run --project Clawith.Graph</c> reads them: from the repository's top level (the project's
/// RunWorkingDirectory), in the environment its launch profile names. Development-only values live in
/// the Development file, so any other environment gets neither the public key nor the demo users.
/// </summary>
public sealed class RepositorySettingsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"clawith-settings-{Guid.NewGuid():N}.db");

    [Fact]
    public void Dotnet_run_s_launch_profile_runs_the_server_in_Development()
    {
        var profiles = JsonNode.Parse(File.ReadAllText(SchemaTests.RepositoryFile("Clawith.Graph/Properties/launchSettings.json")))!["profiles"]!;

        Assert.Equal("Development", (string?)profiles["Clawith.Graph"]!["environmentVariables"]!["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public async Task In_Development_the_server_starts_with_the_development_key_and_seeds_the_demo_users()
    {
        await using var host = Host("Development");
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Signed(DemoData.PlatformAdminId, "platform_admin", key: JwtOptions.DevelopmentKey));

        var response = await http.PostAsync("/graphql", JsonContent("{ me { username role } }"));

        Assert.Equal("""{"data":{"me":{"username":"root","role":"PLATFORM_ADMIN"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_the_repository_s_settings_stop_the_server_naming_the_key_setting(string environment)
    {
        await using var host = Host(environment);

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.StartsWith("Jwt:SecretKey is empty", failure.Message);
    }

    [Fact]
    public async Task Outside_Development_an_empty_database_gets_no_demo_users()
    {
        await using (var host = Host("Production", ("Jwt:SecretKey", "an operator's own key")))
            _ = host.Services;

        Assert.Equal(0L, await CountUsersAsync());
    }

    private WebApplicationFactory<Program> Host(string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(Path.GetDirectoryName(SchemaTests.RepositoryFile("appsettings.json"))!);
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Clawith", $"Data Source={_path}");
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });

    private static StringContent JsonContent(string query) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");

    private async Task<long> CountUsersAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM users";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}
