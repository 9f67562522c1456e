using Clawith.Graph.Data.Entities;
using Clawith.Graph.Nodes;
using GraphQL.Types;

namespace Clawith.Graph.Users;

public sealed class UserGraphType : ObjectGraphType<User>
{
    public UserGraphType()
    {
        Name = "User";
        Description = "A person who uses Clawith's agents.";
        this.NodeId(u => u.Id, "The user's id.");
        Field(u => u.DisplayName).Description("The name shown for the user.");
        Field<StringGraphType>("username").Description("The login name of the user's identity, when there is one.")
            .Resolve(context => context.Source.Identity?.Username);
        Field<NonNullGraphType<UserRoleGraphType>>("role")
            .Description("What the user may do across the platform. A stored role this server does not know reads as MEMBER, with a member's rights (see roleLabel).")
            .Resolve(context => context.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("roleLabel")
            .Description("The role as Clawith stores it (platform_admin, org_admin, agent_admin, member, or a label this server does not know).")
            .Resolve(context => context.Source.RoleLabel);
        Field(u => u.AvatarUrl, nullable: true).Description("The user's picture.");
    }
}

public sealed class UserRoleGraphType : EnumerationGraphType<UserRole>
{
    public UserRoleGraphType()
    {
        Name = "UserRole";
        Description = "A user's platform role; the three admin roles may see every user's sessions.";
        Describe(UserRole.PlatformAdmin, "Administers the whole platform: every agent and every user's sessions.");
        Describe(UserRole.OrgAdmin, "Administers the organisation: may list, read, rename and delete every user's sessions of the agents they can access.");
        Describe(UserRole.AgentAdmin, "Administers agents: may list, read, rename and delete every user's sessions of the agents they can access.");
        Describe(UserRole.Member, "Uses the agents shared with them, and sees only their own sessions.");
    }

    private void Describe(UserRole role, string description) => Values.FindByValue(role)!.Description = description;
}
