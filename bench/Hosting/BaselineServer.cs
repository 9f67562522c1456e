using Clawith.Graph.Bench.Baselines;
using Clawith.Graph.Data.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Clawith.Graph.Bench.Hosting;

/// <summary>
/// The benchmark's own minimal server, on Kestrel at a free loopback port beside the real one:
/// the floor (c), the floor with Clawith's checks (f) and Clawith's REST module's pattern (d), over the same SQLite
/// file, each connection set up as the server sets up its own.
/// </summary>
public sealed class BaselineServer(WebApplication app, Uri address, SqlCommandCount sql) : IAsyncDisposable
{
    public Uri Address => address;

    public SqlCommandCount Sql => sql;

    public static async Task<BaselineServer> StartAsync(string connectionString, SqliteConnectionSetup setup, Guid callerId, string signingKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var count = new SqlCommandCount();
        var sql = new CountedSql(connectionString, setup, count);
        app.MapGet("/floor/agents/{agentId}/sessions", (HttpContext http, string agentId) => FloorEndpoint.ListAsync(http, agentId, sql));
        var checkedFloor = new CheckedFloorEndpoint(signingKey, sql);
        app.MapGet("/checked-floor/agents/{agentId}/sessions", (HttpContext http, string agentId) => checkedFloor.ListAsync(http, agentId));
        app.MapGet("/seed/agents/{agentId}/sessions", (HttpContext http, string agentId) => SeedPatternEndpoint.ListAsync(http, agentId, callerId, sql));
        await app.StartAsync();
        return new BaselineServer(app, LoopbackAddress.Of(app.Services), count);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
