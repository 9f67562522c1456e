using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Users;

public sealed class MeQueryTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task Me_returns_the_signed_in_user_with_the_role_stored_in_the_database()
    {
        var response = await app.Client().As(TestWorld.OrgAdmin).PostAsync("{ me { id displayName username role avatarUrl } }");

        Snapshot.Match(response.ShouldSucceed().Snapshot);
    }

    [Fact]
    public async Task Me_without_a_token_is_null_with_an_authentication_error_at_its_path()
    {
        var response = await app.Client().PostAsync("{ me { id } }");

        Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Typename_and_introspection_need_no_token()
    {
        var response = await app.Client().PostAsync("{ __typename __schema { queryType { name } } }");

        Assert.Equal("Query", (string?)response.ShouldSucceed().Data!["__typename"]);
        Assert.Equal("Query", (string?)response.Data!["__schema"]!["queryType"]!["name"]);
    }
}
