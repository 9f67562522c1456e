using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Authorization;

public sealed class AuthorizationMatrixTests
{
    /// <summary>
    /// Every caller of ARCHITECTURE §5 against every operation §6 guards, each cell a real request with a
    /// real token. Each caller gets a fresh world, so their successful mutations change nothing for
    /// another caller.
    /// </summary>
    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Every_caller_gets_what_the_access_rules_allow_on_every_operation()
    {
        var matrix = new Dictionary<string, Dictionary<string, string>>();
        foreach (var caller in Callers.All)
        {
            await using var app = await ClawithAppFactory.CreateAsync();
            var client = caller.Connect(app);
            var row = matrix[caller.Name] = [];
            foreach (var operation in MatrixOperations.All)
                row[operation.Name] = await MatrixCell.RunAsync(client, operation);
        }

        Snapshot.Match(matrix);
    }
}
