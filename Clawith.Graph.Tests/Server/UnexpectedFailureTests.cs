using System.Data.Common;
using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// A failure nobody foresaw outside a GraphQL field (here: reading the caller's row while the bearer
/// token is validated, which every authenticated request does) is a 500 with a coded body in the
/// caller's shape and the request id, and the exception in the log; never an empty 500 without the id.
/// </summary>
public sealed class UnexpectedFailureTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Secret = "a detail the client must not see";

    [Fact]
    public async Task At_graphql_it_is_a_500_with_a_coded_graphql_error_and_the_request_id()
    {
        var logs = new CapturedLogs();
        await using var host = Failing(logs);

        var response = await Client(host).PostAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.ErrorCode());
        Assert.Equal("An unexpected error occurred; it has been logged.", response.ErrorMessage());
        Assert.DoesNotContain(Secret, response.Body);
        Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Error && line.Message.Contains("POST /graphql failed unexpectedly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_rest_route_it_is_a_500_with_fastapi_s_detail_body_and_the_request_id()
    {
        await using var host = Failing(new CapturedLogs());

        var response = await Client(host).RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Atlas}/sessions");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("""{"detail":"An unexpected error occurred; it has been logged."}""", response.Body);
        Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task The_request_id_a_client_sent_is_the_one_it_gets_back_with_the_500()
    {
        await using var host = Failing(new CapturedLogs());
        var client = Client(host);
        client.Http.DefaultRequestHeaders.Add("X-Request-Id", "client-chosen-42");

        var response = await client.PostAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(["client-chosen-42"], response.Headers.GetValues("X-Request-Id"));
    }

    private WebApplicationFactory<Program> Failing(CapturedLogs logs) => app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
    {
        services.AddSingleton<IInterceptor>(new FailingUserReads());
        services.AddLogging(logging => logging.AddProvider(logs));
    }));

    private GraphClient Client(WebApplicationFactory<Program> host)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", app.TokenFor(TestWorld.Creator));
        return new GraphClient(http, app);
    }

    /// <summary>Any read of the users table fails with an exception the server has no answer for.</summary>
    private sealed class FailingUserReads : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("FROM \"users\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException(Secret)
                : ValueTask.FromResult(result);
    }
}
