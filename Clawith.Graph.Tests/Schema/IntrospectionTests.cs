using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Schema;

/// <summary>
/// Introspection as the September 2025 spec defines it, asked anonymously as a client tool does:
/// the fields GraphQL.NET 8 serves only behind switches or not at all. The client kit loads the whole
/// schema this way with graphql-js (clients/test/introspection.test.ts).
/// </summary>
public sealed class IntrospectionTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task Every_built_in_directive_is_listed_as_the_spec_defines_it_with_isRepeatable_and_its_arguments_deprecated_or_not()
    {
        var response = await app.Client().PostAsync("""
            { __schema { directives { name isRepeatable locations args(includeDeprecated: true) { name isDeprecated deprecationReason type { kind ofType { name } } defaultValue } } } }
            """);

        var directives = response.ShouldSucceed().Data!["__schema"]!["directives"]!.AsArray();
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], directives.Select(d => (string)d!["name"]!));
        Assert.All(directives, d => Assert.False((bool)d!["isRepeatable"]!));
        Assert.Equal(["SCALAR"], Strings(Directive(directives, "specifiedBy")["locations"]));
        Assert.Equal(["INPUT_OBJECT"], Strings(Directive(directives, "oneOf")["locations"]));
        Assert.Equal(["FIELD_DEFINITION", "ENUM_VALUE", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION"], Strings(Directive(directives, "deprecated")["locations"]));
        var url = Assert.Single(Directive(directives, "specifiedBy")["args"]!.AsArray());
        Assert.Equal("""{"name":"url","isDeprecated":false,"deprecationReason":null,"type":{"kind":"NON_NULL","ofType":{"name":"String"}},"defaultValue":null}""", url!.ToJsonString());
        var reason = Assert.Single(Directive(directives, "deprecated")["args"]!.AsArray())!;
        Assert.Equal(["reason", "String!", "\"No longer supported\""], new[] { (string)reason["name"]!, TypeName(reason["type"]!), (string)reason["defaultValue"]! });
    }

    [Fact]
    public async Task The_custom_scalars_give_the_rfc_that_specifies_them_and_no_other_type_gives_a_url()
    {
        var response = await app.Client().PostAsync("""
            {
              uuid: __type(name: "UUID") { specifiedByURL }
              dateTime: __type(name: "DateTime") { specifiedByURL }
              json: __type(name: "JSON") { specifiedByURL }
              id: __type(name: "ID") { specifiedByURL }
              string: __type(name: "String") { specifiedByURL }
              agent: __type(name: "Agent") { specifiedByURL }
            }
            """);

        Assert.Equal("""
            {"uuid":{"specifiedByURL":"https://www.rfc-editor.org/rfc/rfc9562"},"dateTime":{"specifiedByURL":"https://www.rfc-editor.org/rfc/rfc3339"},"json":{"specifiedByURL":"https://www.rfc-editor.org/rfc/rfc8259"},"id":{"specifiedByURL":null},"string":{"specifiedByURL":null},"agent":{"specifiedByURL":null}}
            """, response.ShouldSucceed().Data!.ToJsonString());
    }

    [Fact]
    public async Task Arguments_and_input_fields_answer_their_deprecation_and_input_types_whether_they_are_one_of()
    {
        var response = await app.Client().PostAsync("""
            {
              query: __type(name: "Query") { isOneOf fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
              input: __type(name: "RenameSessionInput") { isOneOf inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
            }
            """);

        var data = response.ShouldSucceed().Data!;
        Assert.Null(data["query"]!["isOneOf"]);
        var agentId = data["query"]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == "agent")!["args"]!.AsArray().Single();
        Assert.Equal("""{"name":"id","isDeprecated":false,"deprecationReason":null}""", agentId!.ToJsonString());
        Assert.False((bool)data["input"]!["isOneOf"]!);
        Assert.Equal(["agentId", "sessionId", "title"], data["input"]!["inputFields"]!.AsArray().Select(f => (string)f!["name"]!));
        Assert.All(data["input"]!["inputFields"]!.AsArray(), f => Assert.False((bool)f!["isDeprecated"]!));
    }

    [Fact]
    public async Task Every_includeDeprecated_argument_is_a_non_null_boolean_defaulting_to_false()
    {
        var response = await app.Client().PostAsync("""
            {
              type: __type(name: "__Type") { ...Arguments }
              field: __type(name: "__Field") { ...Arguments }
              directive: __type(name: "__Directive") { ...Arguments }
            }
            fragment Arguments on __Type { fields { name args { name defaultValue type { kind name ofType { name } } } } }
            """);

        var found = response.ShouldSucceed().Data!.AsObject().SelectMany(type => type.Value!["fields"]!.AsArray()
            .SelectMany(field => field!["args"]!.AsArray().Select(arg => $"{type.Key}.{field["name"]}({arg!["name"]}: {TypeName(arg["type"]!)} = {arg["defaultValue"]})")));
        Assert.Equal(
            [
                "type.fields(includeDeprecated: Boolean! = false)", "type.enumValues(includeDeprecated: Boolean! = false)",
                "type.inputFields(includeDeprecated: Boolean! = false)", "field.args(includeDeprecated: Boolean! = false)",
                "directive.args(includeDeprecated: Boolean! = false)",
            ],
            found);
    }

    private static JsonNode Directive(JsonArray directives, string name) => directives.Single(d => (string?)d!["name"] == name)!;

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(item => (string)item!);

    private static string TypeName(JsonNode type) => (string?)type["kind"] == "NON_NULL" ? $"{type["ofType"]!["name"]}!" : (string)type["name"]!;
}
