using Clawith.Graph.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Schema;

public sealed class SchemaTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public void The_printed_schema_matches_its_snapshot()
    {
        Snapshot.Match(PrintedSchema());
    }

    [Fact]
    public void Schema_graphql_at_the_repository_top_level_is_the_schema_the_server_serves()
    {
        var committed = File.ReadAllText(RepositoryFile("schema.graphql")).ReplaceLineEndings("\n");
        Assert.True(committed == PrintedSchema(),
            "schema.graphql differs from the served schema: regenerate it with `curl -s 'http://localhost:5080/graphql?sdl' > schema.graphql`.");
    }

    [Fact]
    public async Task Get_with_sdl_answers_the_printed_schema_as_text()
    {
        var response = await app.Client().GetAsync("/graphql?sdl");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.StartsWith("text/plain", response.ContentType);
        Assert.Equal(PrintedSchema(), response.Body);
    }

    [Fact]
    public void Every_type_field_and_argument_of_ours_has_a_description()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var undescribed = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__") && !IsBuiltInScalar(t)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
                undescribed.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields.Where(f => !f.Name.StartsWith("__")))
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                        undescribed.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description))
                            undescribed.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
        }
        Assert.Empty(undescribed);
    }

    private string PrintedSchema() => app.Services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n");

    private static bool IsBuiltInScalar(IGraphType type) =>
        type is ScalarGraphType && type.Name is "String" or "Int" or "Boolean" or "Float" or "ID";

    internal static string RepositoryFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Clawith.Graph.sln")))
                return Path.Combine(directory.FullName, name);
        throw new FileNotFoundException($"No {name} above {AppContext.BaseDirectory}.");
    }
}
