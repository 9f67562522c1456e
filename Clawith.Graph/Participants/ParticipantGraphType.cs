using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Participants;

public sealed class ParticipantGraphType : ObjectGraphType<Participant>
{
    public ParticipantGraphType()
    {
        Name = "Participant";
        Description = "Who sent a message: a user or an agent.";
        Field(p => p.Id, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The participant's id.");
        Field<NonNullGraphType<ParticipantTypeGraphType>>("type").Description("USER or AGENT.")
            .Resolve(context => ParticipantTypeGraphType.FromStored(context.Source.Type));
        Field(p => p.DisplayName).Description("The name shown for the sender.");
        Field(p => p.AvatarUrl, nullable: true).Description("The sender's picture.");
    }
}
