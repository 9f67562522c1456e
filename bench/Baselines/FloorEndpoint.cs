using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clawith.Graph.Bench.Data;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;
using Microsoft.AspNetCore.Http;

namespace Clawith.Graph.Bench.Baselines;

/// <summary>
/// (c) The floor: the sidebar's rows (the first page of an agent's ALL listing with its agent, peer agent,
/// owner, display name and message count) in one hand-written statement, written with Utf8JsonWriter
/// straight to the response, byte for byte the JSON the GraphQL sidebar query answers. No token and
/// no access check: the least any server must do for this page.
/// </summary>
public static class FloorEndpoint
{
    // Each branch of the listing walks its own index in page order and stops after a page; the union
    // is cut to a page again. Counts and names are joined to those rows only.
    private const string Sql = """
        WITH page AS (
          SELECT * FROM (
            SELECT s.id, s.agent_id, s.user_id, s.title, s.source_channel, s.is_group, s.group_name, s.peer_agent_id, s.created_at, s.last_message_at
            FROM chat_sessions s
            WHERE s.agent_id = $agent AND EXISTS (SELECT 1 FROM chat_messages m WHERE m.conversation_id = s.id)
            ORDER BY s.last_message_at DESC, s.created_at DESC, s.id DESC LIMIT $take)
          UNION ALL
          SELECT * FROM (
            SELECT s.id, s.agent_id, s.user_id, s.title, s.source_channel, s.is_group, s.group_name, s.peer_agent_id, s.created_at, s.last_message_at
            FROM chat_sessions s
            WHERE s.peer_agent_id = $agent AND s.source_channel = 'agent' AND s.agent_id <> $agent
              AND EXISTS (SELECT 1 FROM chat_messages m WHERE m.conversation_id = s.id)
            ORDER BY s.last_message_at DESC, s.created_at DESC, s.id DESC LIMIT $take)
          ORDER BY last_message_at DESC, created_at DESC, id DESC LIMIT $take)
        SELECT p.id, p.title, p.source_channel, p.is_group, p.group_name, p.created_at, p.last_message_at,
               (SELECT count(*) FROM chat_messages m WHERE m.conversation_id = p.id),
               a.id, a.name, pa.id, pa.name, u.id, u.display_name, i.username
        FROM page p
        LEFT JOIN agents a ON a.id = p.agent_id
        LEFT JOIN agents pa ON pa.id = p.peer_agent_id AND p.source_channel = 'agent'
        LEFT JOIN users u ON u.id = p.user_id
        LEFT JOIN identities i ON i.id = u.identity_id
        ORDER BY p.last_message_at DESC, p.created_at DESC, p.id DESC
        """;

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task ListAsync(HttpContext http, string agentId, CountedSql sql)
    {
        await using var connection = await sql.OpenAsync(http.RequestAborted);
        await WritePageAsync(http, connection, agentId, sql);
    }

    /// <summary>The page in one statement, written as the GraphQL sidebar's JSON.</summary>
    public static async Task WritePageAsync(HttpContext http, Microsoft.Data.Sqlite.SqliteConnection connection, string agentId, CountedSql sql)
    {
        const int pageSize = SessionListing.DefaultPageSize;
        await using var command = sql.Command(connection, Sql, "$agent", "$take");
        command.Parameters[0].Value = agentId;
        command.Parameters[1].Value = pageSize + 1;
        await using var rows = sql.Read(command);

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter, Writing);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("sessions");
        json.WriteStartArray("nodes");
        string? endCursor = null;
        var listed = 0;
        while (listed < pageSize && rows.Read())
        {
            listed++;
            endCursor = WriteNode(json, rows);
        }
        json.WriteEndArray();
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", rows.Read());
        json.WriteString("endCursor", endCursor);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    /// <summary>One session as the sidebar query selects it; returns its cursor.</summary>
    private static string WriteNode(Utf8JsonWriter json, Microsoft.Data.Sqlite.SqliteDataReader row)
    {
        var id = row.GetString(0);
        var title = row.GetString(1);
        var agentToAgent = row.GetString(2) == "agent" && !row.IsDBNull(10);
        var createdAt = StoredText.Time(row.GetString(5));
        var lastMessageAt = row.IsDBNull(6) ? (DateTime?)null : StoredText.Time(row.GetString(6));
        var agentName = row.IsDBNull(9) ? null : row.GetString(9);
        var peerName = row.IsDBNull(11) ? null : row.GetString(11);
        var displayName = agentToAgent ? SessionNaming.AgentToAgentName(agentName, peerName)
            : !row.IsDBNull(3) && row.GetInt64(3) == 1 ? SessionNaming.GroupName(row.IsDBNull(4) ? null : row.GetString(4), title)
            : SessionNaming.OwnerName(row.IsDBNull(13) ? null : row.GetString(13), row.IsDBNull(14) ? null : row.GetString(14));

        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("title", title);
        json.WriteString("displayName", displayName);
        json.WriteNumber("messageCount", row.GetInt32(7));
        if (lastMessageAt is { } last)
            json.WriteString("lastMessageAt", last.ToString(UtcDateTimeGraphType.Format, CultureInfo.InvariantCulture));
        else
            json.WriteNull("lastMessageAt");
        WriteAgent(json, "agent", row, 8);
        if (agentToAgent)
            WriteAgent(json, "peerAgent", row, 10);
        else
            json.WriteNull("peerAgent");
        if (row.IsDBNull(12))
            json.WriteNull("user");
        else
        {
            json.WriteStartObject("user");
            json.WriteString("id", row.GetString(12));
            json.WriteString("displayName", row.GetString(13));
            json.WriteString("username", row.IsDBNull(14) ? null : row.GetString(14));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        return Cursor.Encode(lastMessageAt, createdAt, Guid.Parse(id));
    }

    private static void WriteAgent(Utf8JsonWriter json, string name, Microsoft.Data.Sqlite.SqliteDataReader row, int column)
    {
        if (row.IsDBNull(column))
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("id", row.GetString(column));
        json.WriteString("name", row.GetString(column + 1));
        json.WriteEndObject();
    }

}
