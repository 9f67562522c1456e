using System.Security.Claims;
using Clawith.Graph.Schema;
using Clawith.Graph.Server.Limits;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;

namespace Clawith.Graph.Server;

/// <summary>
/// Runs one operation the way /graphql does over HTTP and WebSocket alike: the document checked
/// against <see cref="DocumentLimits"/> (or found among those already validated), then executed in a
/// free <see cref="ExecutionGate"/> slot. A document that passed validation is remembered for the next
/// request. A subscription holds its slot only while it subscribes, not while its events flow.
/// </summary>
public sealed class OperationRunner(
    ValidatedDocuments validated, DocumentLimits limits, ExecutionGate gate, IDocumentExecuter<ClawithSchema> executer)
{
    /// <param name="transportRule">What this transport refuses (a mutation over GET, a subscription over HTTP), if anything.</param>
    public async Task<ExecutionResult> RunAsync(
        GraphQLRequest request, IServiceProvider services, ClaimsPrincipal user, IValidationRule? transportRule, CancellationToken cancellationToken)
    {
        var document = validated.Find(request.Query!);
        var known = document is not null;
        if (document is null)
        {
            (document, var refusals) = limits.Check(request.Query!);
            if (document is null)
                return new ExecutionResult { Errors = [.. refusals] };
        }
        using var slot = gate.TryEnter();
        if (!slot.IsAcquired)
            return new ExecutionResult { Errors = [gate.Busy()] };
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
            ValidationRules = RulesFor(known, transportRule),
        });
        if (!known && result.Executed)
            validated.Remember(request.Query!, document);
        return result;
    }

    /// <summary>
    /// A known document skips the document-only rules (GraphQL.NET's own, for a document it already
    /// passed); the rules registered with the schema (cost, introspection) are added to either list
    /// and run every time, and so does the transport's rule and the checking of variables.
    /// </summary>
    private static IEnumerable<IValidationRule>? RulesFor(bool known, IValidationRule? transportRule) => (known, transportRule) switch
    {
        (true, null) => [],
        (true, { } rule) => [rule],
        (false, null) => null,
        (false, { } rule) => [.. DocumentValidator.CoreRules, rule],
    };
}
