using System.Text.Json;
using System.Text.Json.Nodes;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Rest;

/// <summary>
/// The runtime_error of replies whose run failed (RULES M8): Clawith's runtime records a failed run's reply as delivered
/// (an agent_run_events row 'delivery_succeeded' naming the message, lifecycle_status 'failed') with the failure's code
/// and message. One statement for a page's replies, whatever its size.
/// </summary>
public sealed class DeliveryFailures(IDbContextFactory<ClawithDbContext> contexts)
{
    private const string Delivered = "delivery_succeeded";
    private const string Failed = "failed";

    /// <summary>The errors by message id, of the session's tenant; a later event of the same message wins, as in Clawith's dict.</summary>
    public async Task<IReadOnlyDictionary<Guid, JsonObject>> OfAsync(Guid tenantId, IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
            return new Dictionary<Guid, JsonObject>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = new SqlDialect(db);
        Sql Column(string property) => sql.Column<AgentRunEvent>("e", property);
        var payload = Column(nameof(AgentRunEvent.Payload));
        var ids = Sql.Join(", ", messageIds.Select(id => Sql.Bind(id.ToString())));
        var events = await db.ListAsync(Sql.Of($"""
            SELECT {Column(nameof(AgentRunEvent.RunId))}, {Column(nameof(AgentRunEvent.AgentId))}, CAST({payload} AS TEXT)
            FROM {sql.Table<AgentRunEvent>("e")}
            WHERE {Column(nameof(AgentRunEvent.TenantId))} = {sql.Bind<AgentRunEvent>(nameof(AgentRunEvent.TenantId), tenantId)}
            AND {Column(nameof(AgentRunEvent.EventType))} = {Sql.Bind(Delivered)}
            AND {sql.JsonText(payload, "message_id")} IN ({ids})
            AND {sql.JsonText(payload, "lifecycle_status")} = {Sql.Bind(Failed)}
            ORDER BY {Column(nameof(AgentRunEvent.CreatedAt))}, {Column(nameof(AgentRunEvent.Id))}
            """), row => (RunId: row.Id(0), AgentId: row.IdOrNull(1), Payload: row.GetString(2)), cancellationToken);
        var errors = new Dictionary<Guid, JsonObject>();
        foreach (var (runId, agentId, text) in events)
            if (ErrorOf(runId, agentId, text) is { } found)
                errors[found.MessageId] = found.Error;
        return errors;
    }

    /// <summary>As Clawith's _runtime_error_from_delivery_event: the message, code and message must be non-blank strings; trace_id is optional.</summary>
    private static (Guid MessageId, JsonObject Error)? ErrorOf(Guid runId, Guid? agentId, string payloadText)
    {
        using var document = JsonDocument.Parse(payloadText);
        var payload = document.RootElement;
        if (payload.ValueKind != JsonValueKind.Object
            || Text(payload, "message_id") is not { } messageId || !Guid.TryParse(messageId, out var id)
            || Text(payload, "failure_code") is not { } code || Text(payload, "failure_message") is not { } message)
            return null;
        var error = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["run_id"] = runId.ToString(),
            ["agent_id"] = agentId?.ToString(),
            ["stage"] = "execution",
        };
        if (Text(payload, "trace_id") is { } traceId)
            error["trace_id"] = traceId;
        return (id, error);
    }

    /// <summary>A member that is a string with more than whitespace, trimmed.</summary>
    private static string? Text(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;
}
