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
/// The real app over a real database of its own (<see cref="TestDatabase"/>: a SQLite file, or a
/// PostgreSQL database shaped as Clawith's), seeded with <see cref="TestWorld"/>. Use one per
/// test class (IClassFixture); tests that change data use a fresh one (<see cref="CreateAsync"/>).
/// </summary>
public sealed class ClawithAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>A short key, like Clawith's own default: tokens signed with it must still validate.</summary>
    public const string SecretKey = "clawith-test-secret!";

    private readonly TestDatabase _database;

    /// <summary>The app on the database this run tests (<see cref="TestDatabase.Create"/>).</summary>
    public ClawithAppFactory() : this(TestDatabase.Create())
    {
    }

    private ClawithAppFactory(TestDatabase database) => _database = database;

    /// <summary>The app on <paramref name="database"/>, whatever this run tests: for tests that compare the two databases.</summary>
    public static ClawithAppFactory On(TestDatabase database) => new(database);

    public SqlCommandCounter Sql { get; } = new();

    public string DatabaseConnectionString => _database.ConnectionString;

    public static async Task<ClawithAppFactory> CreateAsync()
    {
        var factory = new ClawithAppFactory();
        await factory.InitializeAsync();
        return factory;
    }

    public async Task InitializeAsync()
    {
        await _database.PrepareAsync();
        _ = Server; // builds the host: the app creates its schema at start (SQLite) or finds Clawith's (PostgreSQL)
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
        builder.UseSetting("ConnectionStrings:Clawith", _database.ConnectionString);
        builder.UseSetting("Database:Provider", (_database is PostgresTestDatabase ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite).ToString());
        builder.UseSetting("Database:CreateSchema", _database.AppCreatesSchema.ToString());
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Jwt:SecretKey", SecretKey);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }

    /// <summary>Stops the app and deletes its database, however the factory is disposed.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
