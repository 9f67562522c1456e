using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>Someone calling the server: a user of the test world with a real token, or a request that must not count as one.</summary>
public sealed record Caller(string Name, Func<ClawithAppFactory, GraphClient> Connect)
{
    public override string ToString() => Name;
}

/// <summary>Every kind of caller of ARCHITECTURE §5–§6, signed-in ones first.</summary>
public static class Callers
{
    public static readonly Caller PlatformAdmin = User("platform_admin", TestWorld.PlatformAdmin);
    public static readonly Caller OrgAdmin = User("org_admin", TestWorld.OrgAdmin);
    public static readonly Caller AgentAdmin = User("agent_admin", TestWorld.AgentAdmin);
    /// <summary>The member who created Atlas.</summary>
    public static readonly Caller Creator = User("creator", TestWorld.Creator);
    /// <summary>A member with a user permission on Atlas.</summary>
    public static readonly Caller Permitted = User("permitted", TestWorld.Permitted);
    /// <summary>A member who reaches Harbor only through its company permission.</summary>
    public static readonly Caller CompanyMember = User("company_member", TestWorld.CompanyMember);
    /// <summary>A member with no access to Atlas (only a 'department' row, which grants nothing).</summary>
    public static readonly Caller Stranger = User("stranger", TestWorld.Stranger);

    public static readonly Caller Anonymous = new("anonymous", app => app.Client());
    /// <summary>The platform admin's token, expired five minutes ago.</summary>
    public static readonly Caller Expired = Token("expired", app => app.TokenFor(TestWorld.PlatformAdmin, TimeSpan.FromMinutes(-5)));
    /// <summary>A token for the platform admin signed with another key.</summary>
    public static readonly Caller Forged = Token("forged", _ => TestTokens.Signed(TestWorld.PlatformAdmin, "platform_admin", key: TestTokens.OtherKey));
    /// <summary>A valid token of an inactive user who has a user permission on Atlas.</summary>
    public static readonly Caller Inactive = Token("inactive", app => app.TokenFor(TestWorld.Inactive));
    /// <summary>A valid token for a user id with no row.</summary>
    public static readonly Caller Ghost = Token("ghost", app => app.TokenFor(TestWorld.Ghost));
    public static readonly Caller Malformed = Token("malformed", _ => "not-a-jwt");

    /// <summary>A validly signed token for Stranger whose role claim says platform_admin (not in the matrix).</summary>
    public static readonly Caller StrangerClaimingAdmin =
        Token("stranger_claiming_platform_admin", _ => TestTokens.Signed(TestWorld.Stranger, "platform_admin"));

    public static IReadOnlyList<Caller> All { get; } =
    [
        PlatformAdmin, OrgAdmin, AgentAdmin, Creator, Permitted, CompanyMember, Stranger,
        Anonymous, Expired, Forged, Inactive, Ghost, Malformed,
    ];

    public static Caller Named(string name) => All.Append(StrangerClaimingAdmin).Single(c => c.Name == name);

    private static Caller User(string name, Guid userId) => new(name, app => app.Client().As(userId));

    private static Caller Token(string name, Func<ClawithAppFactory, string> token) => new(name, app => app.Client().WithToken(token(app)));
}
