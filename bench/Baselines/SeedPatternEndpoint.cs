using System.Globalization;
using System.Text.Json;
using Clawith.Graph.Bench.Data;
using Clawith.Graph.Rest;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Clawith.Graph.Bench.Baselines;

/// <summary>
/// (d) Clawith's REST module's list_sessions(scope=all), statement for statement: the caller, the agent, every
/// session of the agent, then per session a count and its name lookups (1 + 2N round trips and more).
/// Kept here only as the thing to beat. It answers the REST route's JSON, written by the same
/// serializer, so the two differ in how they query and nothing else.
/// </summary>
public static class SeedPatternEndpoint
{
    public static async Task ListAsync(HttpContext http, string agentId, Guid callerId, CountedSql sql)
    {
        await using var connection = await sql.OpenAsync(http.RequestAborted);
        await using var caller = sql.Command(connection, "SELECT id, role FROM users WHERE id = $id", "$id");
        caller.Parameters[0].Value = callerId.ToString();
        sql.Scalar(caller);
        await using var agent = sql.Command(connection, "SELECT id, name FROM agents WHERE id = $id", "$id");
        agent.Parameters[0].Value = agentId;
        if (sql.Scalar(agent) is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using var list = sql.Command(connection, """
            SELECT id, agent_id, user_id, source_channel, title, created_at, last_message_at, is_group, group_name, peer_agent_id
            FROM chat_sessions
            WHERE agent_id = $agent OR (peer_agent_id = $agent AND source_channel = 'agent')
            ORDER BY last_message_at IS NULL, last_message_at DESC, created_at DESC
            """, "$agent");
        list.Parameters[0].Value = agentId;
        await using var count = sql.Command(connection, "SELECT count(id) FROM chat_messages WHERE conversation_id = $id", "$id");
        await using var agentName = sql.Command(connection, "SELECT name FROM agents WHERE id = $id", "$id");
        await using var userName = sql.Command(connection, """
            SELECT coalesce(u.display_name, i.username) FROM users u JOIN identities i ON u.identity_id = i.id WHERE u.id = $id
            """, "$id");

        var sessions = new List<object?[]>();
        await using (var rows = sql.Read(list))
        {
            while (rows.Read())
            {
                var values = new object?[rows.FieldCount];
                rows.GetValues(values!);
                sessions.Add(values);
            }
        }

        var outs = new List<SessionOut>();
        foreach (var s in sessions)
        {
            count.Parameters[0].Value = s[0];
            var messages = Convert.ToInt32(sql.Scalar(count), CultureInfo.InvariantCulture);
            if (messages == 0)
                continue; // hide empty sessions
            var isGroup = s[7] is long flag && flag == 1;
            var agentToAgent = (string)s[3]! == "agent" && s[9] is string;
            string display;
            string? peerName = null;
            if (agentToAgent)
            {
                var first = Name(sql, agentName, s[1]);
                peerName = Name(sql, agentName, s[9]);
                display = SessionNaming.AgentToAgentName(first, peerName);
                peerName = SessionNaming.AgentName(peerName);
            }
            else if (isGroup)
                display = (s[8] as string) ?? (s[4] as string) ?? SessionNaming.DefaultGroupName;
            else
                display = Name(sql, userName, s[2]) ?? SessionNaming.UnknownUser;

            outs.Add(new SessionOut(
                Guid.Parse((string)s[0]!), Guid.Parse((string)s[1]!), Guid.Parse((string)s[2]!), display, (string)s[3]!, (string)s[4]!,
                RestTimestamps.IsoFormat(StoredText.Time((string)s[5]!)), RestTimestamps.IsoFormat(s[6] is string last ? StoredText.Time(last) : null), messages,
                agentToAgent ? Guid.Parse((string)s[9]!) : null, peerName,
                isGroup ? "group" : agentToAgent ? "agent" : "user", isGroup, s[8] as string));
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, outs, RestJson.Options, http.RequestAborted);
    }

    private static string? Name(CountedSql sql, SqliteCommand lookup, object? id)
    {
        lookup.Parameters[0].Value = id;
        return sql.Scalar(lookup) as string;
    }
}
