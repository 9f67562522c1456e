using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file of its own, seeded with <see cref="TestWorld"/>. Use one per
/// test class (IClassFixture); tests that change data use a fresh one (<see cref="CreateAsync"/>).
/// </summary>
public sealed class ClawithAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>A short key, like Clawith's own default: tokens signed with it must still validate.</summary>
    public const string SecretKey = "clawith-test-secret!";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"clawith-test-{Guid.NewGuid():N}.db");

    public SqlCommandCounter Sql { get; } = new();

    public static async Task<ClawithAppFactory> CreateAsync()
    {
        var factory = new ClawithAppFactory();
        await factory.InitializeAsync();
        return factory;
    }

    public async Task InitializeAsync()
    {
        _ = Server; // builds the host: the app creates its schema at start
        await using var db = await NewDbContextAsync();
        await TestWorld.SeedAsync(db);
    }

    public GraphClient Client() => new(CreateClient(), this);

    public async Task<ClawithDbContext> NewDbContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<ClawithDbContext>>().CreateDbContextAsync();

    public string TokenFor(Guid userId, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<TokenIssuer>().Issue(new User { Id = userId, Role = UserRole.Member }, lifetime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Clawith", $"Data Source={_databasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:CreateSchema", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Jwt:SecretKey", SecretKey);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }

    /// <summary>Stops the app and deletes its database file, however the factory is disposed.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
