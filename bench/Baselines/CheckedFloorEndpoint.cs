using System.Text;
using Clawith.Graph.Data.Entities;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Bench.Baselines;

/// <summary>
/// (f) The floor with the work Clawith's contract asks of every request before (c)'s statement: the
/// bearer token validated, the caller's row read (it must exist and be active; its role decides), the
/// agent's access checked (creator, sharing, platform admin), and ALL kept to the admin roles. Three
/// hand-written statements, as the real server sends. Information, not a target: it tells how much of
/// (a)'s distance to (c) is the contract's checks and how much is the GraphQL layer.
/// </summary>
public sealed class CheckedFloorEndpoint(string signingKey, CountedSql sql)
{
    private const string Caller = "SELECT role, is_active FROM users WHERE id = $caller";

    private const string Agent = """
        SELECT a.creator_id, EXISTS (SELECT 1 FROM agent_permissions p WHERE p.agent_id = a.id
            AND (p.scope_type = 'company' OR (p.scope_type = 'user' AND p.scope_id = $caller)))
        FROM agents a WHERE a.id = $agent
        """;

    private readonly JsonWebTokenHandler _tokens = new();

    private readonly TokenValidationParameters _validation = new()
    {
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = false,
        ValidateAudience = false,
    };

    public async Task ListAsync(HttpContext http, string agentId)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = await _tokens.ValidateTokenAsync(header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : "", _validation);
        if (!token.IsValid || !token.Claims.TryGetValue("sub", out var subject) || subject is not string callerId)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await using var connection = await sql.OpenAsync(http.RequestAborted);
        var role = await RoleOfActiveAsync(connection, callerId);
        var status = role is null ? StatusCodes.Status401Unauthorized
            : !role.Value.CanViewAllSessions() ? StatusCodes.Status403Forbidden // scope ALL
            : await AgentAccessAsync(connection, agentId, callerId, role.Value);
        if (status != StatusCodes.Status200OK)
        {
            http.Response.StatusCode = status;
            return;
        }
        await FloorEndpoint.WritePageAsync(http, connection, agentId, sql);
    }

    private async Task<UserRole?> RoleOfActiveAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string callerId)
    {
        await using var command = sql.Command(connection, Caller, "$caller");
        command.Parameters[0].Value = callerId;
        await using var row = sql.Read(command);
        return row.Read() && (row.IsDBNull(1) || row.GetBoolean(1)) ? UserRoleLabels.RightsOf(row.GetString(0)) : null;
    }

    private async Task<int> AgentAccessAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string agentId, string callerId, UserRole role)
    {
        await using var command = sql.Command(connection, Agent, "$agent", "$caller");
        command.Parameters[0].Value = agentId;
        command.Parameters[1].Value = callerId;
        await using var row = sql.Read(command);
        if (!row.Read())
            return StatusCodes.Status404NotFound;
        return role == UserRole.PlatformAdmin || row.GetString(0) == callerId || row.GetBoolean(1)
            ? StatusCodes.Status200OK
            : StatusCodes.Status403Forbidden;
    }
}
