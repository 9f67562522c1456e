using Clawith.Graph.Data.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clawith.Graph.Bench.Hosting;

/// <summary>
/// The real server (its Program, pipeline and settings) on Kestrel at a free loopback port, in the
/// Production environment, on the benchmark's SQLite file. The only addition is an EF interceptor that
/// counts the SQL commands it sends.
/// </summary>
public sealed class ClawithServer : WebApplicationFactory<Program>
{
    public const string SecretKey = "clawith-benchmark-signing-key-0123456789";

    private readonly string _connectionString;

    private ClawithServer(string connectionString) => _connectionString = connectionString;

    public SqlCommandCount Sql { get; } = new();

    public Uri Address { get; private set; } = null!;

    public static ClawithServer Start(string connectionString)
    {
        var server = new ClawithServer(connectionString);
        server.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        server.StartServer();
        server.Address = LoopbackAddress.Of(server.Services);
        return server;
    }

    /// <summary>The server's own SQLite connection set-up (busy timeout, foreign keys, memory map), for the baselines to read the file as it does.</summary>
    public SqliteConnectionSetup ConnectionSetup => Services.GetRequiredService<SqliteConnectionSetup>();

    public string TokenFor(Guid userId) =>
        Services.GetRequiredService<Auth.TokenIssuer>().Issue(new Clawith.Graph.Data.Entities.User { Id = userId }, TimeSpan.FromHours(12));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Clawith", _connectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:CreateSchema", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Jwt:SecretKey", SecretKey);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(new SqlCommandInterceptor(Sql)));
    }
}
