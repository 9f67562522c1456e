using Clawith.Graph.Data.Entities;
using GraphQL.Types;

namespace Clawith.Graph.Users;

public sealed class UserGraphType : ObjectGraphType<User>
{
    public UserGraphType()
    {
        Name = "User";
        Description = "A person who uses Clawith's agents.";
        Field(u => u.Id, type: typeof(NonNullGraphType<Schema.Scalars.UuidGraphType>)).Description("The user's id.");
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
    }
}
