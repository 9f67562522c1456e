using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

public static class RefusalAssertions
{
    /// <summary>
    /// Refused before it ran: a single error with <paramref name="code"/> whose message holds
    /// <paramref name="message"/>, no data, 200 under application/json as for any validation error.
    /// </summary>
    public static GraphResponse ShouldBeRefusedBy(this GraphResponse response, string code, string message)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal(code, (string?)error!["extensions"]?["code"]);
        Assert.Contains(message, (string?)error["message"]);
        Assert.False(response.Json.AsObject().ContainsKey("data"), $"A refused request has no data: {response.Body}");
        return response.ShouldNotLeakInternals();
    }
}
