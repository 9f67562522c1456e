using GraphQL.Types;

namespace Clawith.Graph.Participants;

public enum ParticipantType
{
    User,
    Agent,
    Group,
}

public sealed class ParticipantTypeGraphType : EnumerationGraphType<ParticipantType>
{
    public ParticipantTypeGraphType()
    {
        Name = "ParticipantType";
        Description = "Who is on the other side: a person, another agent, or a group.";
        Describe(ParticipantType.User, "A person: a user of Clawith, or someone in a chat app.");
        Describe(ParticipantType.Agent, "Another agent: the peer of an agent-to-agent session, or an agent that sent a message.");
        Describe(ParticipantType.Group, "A group chat of a chat app (participantType only).");
    }

    private void Describe(ParticipantType type, string description) => Values.FindByValue(type)!.Description = description;

    /// <summary>participants.type holds 'user' or 'agent'.</summary>
    public static ParticipantType FromStored(string type) =>
        string.Equals(type, "agent", StringComparison.OrdinalIgnoreCase) ? ParticipantType.Agent : ParticipantType.User;
}
