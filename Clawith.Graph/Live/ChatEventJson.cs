using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clawith.Graph.Live;

/// <summary>
/// A chat event as the text of a PostgreSQL notification: a small JSON object (well under NOTIFY's
/// 8000-byte payload limit, as it holds only ids, a channel name and four flags). Instances of an earlier
/// version, during a rolling upgrade, read it too (it keeps every field they read, and they ignore the
/// listings); their own events lack the listings, which no subscriber's kind can be decided without, so
/// such a payload is refused (logged as malformed) rather than guessed at.
/// </summary>
public static class ChatEventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // A payload that lacks a fact (or nulls a required one) is malformed, not an event about Guid.Empty.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public static string Write(ChatEvent chatEvent) => JsonSerializer.Serialize(chatEvent, Options);

    /// <summary>The event, or null with the reason when the text is not one.</summary>
    public static ChatEvent? Read(string payload, out string? problem)
    {
        try
        {
            var chatEvent = JsonSerializer.Deserialize<ChatEvent>(payload, Options);
            problem = chatEvent is null ? "null" : null;
            return chatEvent;
        }
        catch (JsonException exception)
        {
            problem = exception.Message;
            return null;
        }
    }
}
