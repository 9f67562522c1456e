using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// How many SQL commands a request sent, beyond the one that authenticates its caller: zero means no
/// resolver reached the database, so a refusal came first.
/// </summary>
public static class SqlCount
{
    public static async Task<(GraphResponse Response, int Commands)> BeyondAuthenticationAsync(
        this ClawithAppFactory app, GraphClient caller, Func<GraphClient, Task<GraphResponse>> send)
    {
        app.Sql.Reset();
        await caller.PostAsync("{ __typename }");
        var authentication = app.Sql.Count;
        app.Sql.Reset();
        var response = await send(caller);
        return (response, app.Sql.Count - authentication);
    }
}
