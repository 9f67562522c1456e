using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// Every caller the agreement runs as, by a short name a theory case carries: each role, the agent's
/// creator, a permitted member, a company member, a stranger, the inactive and nameless users, a token for
/// a user with no row, and no token at all.
/// </summary>
public static class AgreementCallers
{
    private static readonly (string Name, Func<ClawithAppFactory, GraphClient> Connect)[] Known =
    [
        ("platform_admin", app => app.Client().As(TestWorld.PlatformAdmin)),
        ("org_admin", app => app.Client().As(TestWorld.OrgAdmin)),
        ("agent_admin", app => app.Client().As(TestWorld.AgentAdmin)),
        ("creator", app => app.Client().As(TestWorld.Creator)),
        ("permitted", app => app.Client().As(TestWorld.Permitted)),
        ("company_member", app => app.Client().As(TestWorld.CompanyMember)),
        ("stranger", app => app.Client().As(TestWorld.Stranger)),
        ("inactive", app => app.Client().As(TestWorld.Inactive)),
        ("nameless", app => app.Client().As(TestWorld.Nameless)),
        ("username_only", app => app.Client().As(TestWorld.UsernameOnly)),
        ("ghost", app => app.Client().As(TestWorld.Ghost)),
        ("anonymous", app => app.Client()),
    ];

    public static IEnumerable<string> Names => Known.Select(k => k.Name);

    /// <summary>A client of <paramref name="app"/> calling as the named caller.</summary>
    public static GraphClient As(this ClawithAppFactory app, string caller) => Known.Single(k => k.Name == caller).Connect(app);
}
