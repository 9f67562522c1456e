using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Generations;
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
/// <remarks>
/// The database is of the run's generation (<see cref="TestGeneration"/>), or of the one a test names
/// (<see cref="CreateAsync(SchemaGeneration)"/>); the app is pinned to it, so a new SQLite file is created in its shape.
/// </remarks>
public sealed class ClawithAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>A short key, like Clawith's own default: tokens signed with it must still validate.</summary>
    public const string SecretKey = "clawith-test-secret!";

    private readonly TestDatabase _database;

    // One public constructor, as xunit asks of a class fixture: it takes the run's generation.
    public ClawithAppFactory() : this(TestDatabase.Create(TestGeneration.Current), TestGeneration.Current)
    {
    }

    private ClawithAppFactory(TestDatabase database, SchemaGeneration generation)
    {
        Generation = generation;
        _database = database;
    }

    public SchemaGeneration Generation { get; }

    /// <summary>The app on <paramref name="database"/> (225b36fd), whatever this run tests: for tests that compare the two databases.</summary>
    public static ClawithAppFactory On(TestDatabase database) => new(database, SchemaGeneration.Commit225b36fd);

    public SqlCommandCounter Sql { get; } = new();

    public string DatabaseConnectionString => _database.ConnectionString;

    public static Task<ClawithAppFactory> CreateAsync() => CreateAsync(TestGeneration.Current);

    public static async Task<ClawithAppFactory> CreateAsync(SchemaGeneration generation)
    {
        var factory = new ClawithAppFactory(TestDatabase.Create(generation), generation);
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

    /// <summary>A context on the app's database for a test's own reads and writes (its 225b36fd rows get <see cref="MigrationBackfill"/> on 251aeba8).</summary>
    public async Task<ClawithDbContext> NewDbContextAsync()
    {
        var db = await Services.GetRequiredService<IDbContextFactory<ClawithDbContext>>().CreateDbContextAsync();
        MigrationBackfill.Attach(db);
        return db;
    }

    public string TokenFor(Guid userId, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<TokenIssuer>().Issue(new User { Id = userId, Role = UserRole.Member }, lifetime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Clawith", _database.ConnectionString);
        builder.UseSetting("Database:Provider", (_database is PostgresTestDatabase ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite).ToString());
        builder.UseSetting("Database:CreateSchema", _database.AppCreatesSchema.ToString());
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Database:ClawithSchema", Generation.Name());
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
