using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Messages;

/// <summary>
/// Where sendMessage may post: the caller's own web sessions, not group ones. Every other transcript
/// (group chats, triggers, agent-to-agent talks, feishu, discord, slack…) is written by Clawith as its
/// channel carried it, and agents read it as such: a "user" message typed here would be a forgery there.
/// </summary>
public static class MessageDestination
{
    public static NotAuthorizedError? RefusalFor(ChatSession session)
    {
        if (session.IsGroup == true)
            return Refusal("group sessions");
        return session.SourceChannel switch
        {
            ChatSession.WebChannel => null,
            ChatSession.AgentChannel => Refusal("agent-to-agent sessions"),
            var channel => Refusal($"sessions of the {channel} channel"),
        };
    }

    public static NotAuthorizedError Refusal(string sessions) =>
        new($"Messages can be sent only to your own web sessions, not to {sessions}.");
}
