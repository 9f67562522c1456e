using System.Text;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Server;

/// <summary>Responses are UTF-8 and carry non-ASCII text as it is, not as \u escapes.</summary>
public sealed class Utf8ResponseTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly byte[] Belem = Encoding.UTF8.GetBytes("Belém");

    [Fact]
    public async Task Message_text_is_sent_as_raw_utf8()
    {
        var query = $$"""
            { session(agentId: "{{TestWorld.Atlas}}", id: "{{TestWorld.CreatorWeb}}") { messages { nodes { content } } } }
            """;
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

        var response = await app.Client().As(TestWorld.Creator).SendAsync(HttpMethod.Post, "/graphql", GraphQLResponse, content);

        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("Alfama first, then Belém.", (string?)response.ShouldSucceed().Data!["session"]!["messages"]!["nodes"]![1]!["content"]);
        Assert.True(response.Bytes.AsSpan().IndexOf(Belem) >= 0, "the UTF-8 bytes of \"Belém\" are in the body");
        Assert.DoesNotContain("\\u00", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Non_ascii_in_a_request_comes_back_raw_in_an_error_message()
    {
        var response = await app.Client().As(TestWorld.Creator)
            .SendAsync(HttpMethod.Get, GetUrl("""{ agent(id: "Belém") { name } }"""));

        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Contains("\"Belém\"", response.ErrorMessage());
        Assert.True(response.Bytes.AsSpan().IndexOf(Belem) >= 0, "the UTF-8 bytes of \"Belém\" are in the body");
        Assert.DoesNotContain("\\u00", response.Body, StringComparison.OrdinalIgnoreCase);
    }
}
