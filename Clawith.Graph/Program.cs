using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Live;
using Clawith.Graph.Observability;
using Clawith.Graph.Rest;
using Clawith.Graph.Schema;
using Clawith.Graph.Server;
using Clawith.Graph.Server.Cors;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Server.Persisted;
using Clawith.Graph.Server.Playground;
using Clawith.Graph.Server.Sse;
using Clawith.Graph.Server.WebSockets;

var builder = WebApplication.CreateBuilder(args);
builder.AddClawithObservability();
if (TokenCommand.IsRequested(args))
    TokenCommand.SendLogsToStandardError(builder);
builder.Services
    .AddClawithData(builder.Configuration)
    .AddClawithAuth(builder.Configuration)
    .AddClawithLimits(builder.Configuration, builder.Environment)
    .AddClawithCors(builder.Configuration)
    .AddClawithGraph()
    .AddClawithLive()
    .AddClawithServer()
    .AddClawithPersistedDocuments(builder.Configuration, builder.Environment)
    .AddClawithWebSockets(builder.Configuration)
    .AddClawithServerSentEvents(builder.Configuration)
    .AddClawithPlayground()
    .AddClawithRest();

var app = builder.Build();
await app.Services.InitializeClawithDatabaseAsync();
if (TokenCommand.IsRequested(args))
    return await TokenCommand.RunAsync(app.Services, args);

app.WarnIfPublicKey();
app.AnnounceWhereToStart();
app.UseClawithRequestId();
app.UseClawithResponseHeaders();
app.UseClawithUnexpectedFailureAnswers();
app.UseClawithCors();
app.UseClawithLimits();
app.UseClawithRestErrorBodies();
app.UseClawithDatabaseResilience();
app.UseAuthentication();
app.UseAuthorization();
app.UseClawithWebSockets();
app.UseClawithPlayground();
app.MapClawithGraph();
app.MapClawithRest();
app.MapClawithHealth();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
