using System.Security.Claims;
using Clawith.Graph.Schema;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Server.Persisted;
using GraphQL;
using GraphQL.Transport;

namespace Clawith.Graph.Server;

/// <summary>
/// Runs one operation the way /graphql does over every transport: its text found (<see cref="OperationTexts"/>:
/// sent, a trusted document, an automatic persisted query), the document checked against
/// <see cref="DocumentLimits"/> (or found among those already validated), then executed in a free
/// <see cref="ExecutionGate"/> slot. A document that passed validation is remembered for the next request
/// (a trusted one for good). A subscription holds its slot only while it subscribes, not while its events flow.
/// </summary>
public sealed class OperationRunner(
    OperationTexts texts, ValidatedDocuments validated, DocumentLimits limits, ExecutionGate gate, IDocumentExecuter<ClawithSchema> executer,
    RequestValidationRules rules)
{
    /// <param name="transportRule">What this transport refuses (a mutation over GET, a subscription over HTTP), if anything.</param>
    /// <param name="userContext">What the transport hands to the execution (the WebSocket transport: who a subscription's events run for).</param>
    public async Task<ExecutionResult> RunAsync(
        GraphQLRequest request, IServiceProvider services, ClaimsPrincipal user, TransportRule? transportRule, CancellationToken cancellationToken,
        IDictionary<string, object?>? userContext = null)
    {
        var (text, refusal) = texts.Of(request);
        if (text is null)
            return new ExecutionResult { Errors = [refusal!] };
        var known = validated.Find(text.Text);
        var document = known?.Document;
        if (document is null)
        {
            (document, var refusals) = limits.Check(text.Text);
            if (document is null)
                return new ExecutionResult { Errors = [.. refusals] };
        }
        using var slot = gate.TryEnter();
        if (!slot.IsAcquired)
            return new ExecutionResult { Errors = [gate.Busy()] };
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = text.Text,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            UserContext = userContext ?? new Dictionary<string, object?>(),
            CancellationToken = cancellationToken,
            ValidationRules = rules.For(known, request.OperationName, transportRule),
        });
        if (known is null && result.Executed)
            validated.Remember(text.Text, document, text.Trusted);
        return NullVariableWording.Reworded(result, text.Text);
    }
}
