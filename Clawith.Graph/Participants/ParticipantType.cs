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
    }

    /// <summary>participants.type holds 'user' or 'agent'.</summary>
    public static ParticipantType FromStored(string type) =>
        string.Equals(type, "agent", StringComparison.OrdinalIgnoreCase) ? ParticipantType.Agent : ParticipantType.User;
}
