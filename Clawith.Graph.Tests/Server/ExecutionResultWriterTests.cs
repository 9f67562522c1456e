using System.Text.Encodings.Web;
using System.Text.Json;
using Clawith.Graph.Schema.Introspection;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Server;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// The result writer writes every result exactly as GraphQL.NET's own converter would: scalars of each
/// kind, nulls, lists, nested objects, unions, errors with their paths and a null that travels up.
/// </summary>
public sealed class ExecutionResultWriterTests
{
    private static readonly Guid SomeId = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

    [Theory]
    [InlineData("{ text number big flag ratio id json emptyJson nothing }")]
    [InlineData("{ ids texts numbers nested { text id nested { flag } } items { __typename ... on Thing { text } } }")]
    [InlineData("{ text failing nested { failing } strictFailing { text } }")]
    [InlineData("{ text quoted: text, again: nested { t: text } }")]
    [InlineData("{ misspelt }")]
    public async Task Writes_what_GraphQL_NET_s_own_converter_writes(string query)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = new WriterSchema(), Query = query });

        var ours = new GraphQLSerializer(options =>
        {
            options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.Converters.Add(new ExecutionResultWriter());
        }).Serialize(result);
        var theirs = new GraphQLSerializer(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Serialize(result);

        Assert.Equal(theirs, ours);
        Assert.Contains(query.Contains("misspelt") ? "\"errors\"" : "\"data\"", ours);
    }

    [Theory]
    [InlineData("{ text number big flag ratio id json emptyJson nothing }", 1)]
    [InlineData("{ ids texts numbers nested { text id nested { flag } } items { __typename ... on Thing { text } } }", 1)]
    [InlineData("{ text failing nested { failing } strictFailing { text } }", 16)]
    [InlineData("{ text quoted: text, again: nested { t: text } }", 40)]
    [InlineData("{ misspelt }", ExecutionResultWriter.FlushBytes)]
    public async Task Streamed_a_piece_at_a_time_it_writes_the_same_bytes_with_asynchronous_writes_only(string query, int flushBytes)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = new WriterSchema(), Query = query });
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new ExecutionResultWriter(), new ExecutionErrorJsonConverter(new ErrorInfoProvider()) },
        };
        var stream = new AsynchronousOnlyStream();

        await ExecutionResultWriter.WriteAsync(stream, result, options, CancellationToken.None, flushBytes);

        Assert.Equal(JsonSerializer.Serialize(result, options), stream.Text);
        if (flushBytes == 1)
            Assert.True(stream.Flushes > 5, $"{stream.Flushes} flushes");
    }

    [Fact]
    public async Task The_serializer_the_server_uses_streams_results_as_it_serializes_them()
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = new WriterSchema(), Query = "{ text ids nested { id } }" });
        var serializer = new StreamingGraphQLSerializer(new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new ExecutionResultWriter() },
        }, new ErrorInfoProvider());
        var stream = new AsynchronousOnlyStream();

        await ((IGraphQLTextSerializer)serializer).WriteAsync(stream, result);

        Assert.Equal(serializer.Serialize(result), stream.Text);
    }

    [Fact]
    public void A_uuid_is_written_as_canonical_lowercase_text()
    {
        var json = JsonSerializer.Serialize(new UuidGraphType().Serialize(SomeId));

        Assert.Equal("\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"", json);
    }

    private sealed class WriterSchema : GraphQL.Types.Schema
    {
        public WriterSchema()
        {
            // The app's UUID scalar names its RFC through @specifiedBy, which a schema must define.
            SpecDirectives.Apply(Directives);
            var thing = new ObjectGraphType { Name = "Thing" };
            thing.Field<StringGraphType>("text").Resolve(_ => "a \"quoted\" ünïcode text <b>");
            thing.Field<UuidGraphType>("id").Resolve(_ => SomeId);
            thing.Field<BooleanGraphType>("flag").Resolve(_ => true);
            thing.Field<StringGraphType>("failing").Resolve(_ => throw new ExecutionError("This field fails."));
            thing.Field("nested", thing).Resolve(_ => new object());

            var union = new UnionGraphType { Name = "Item", ResolveType = _ => thing };
            union.AddPossibleType(thing);

            var query = new ObjectGraphType { Name = "Query" };
            query.Field<StringGraphType>("text").Resolve(_ => "a \"quoted\" ünïcode text <b>");
            query.Field<IntGraphType>("number").Resolve(_ => -42);
            query.Field<LongGraphType>("big").Resolve(_ => long.MaxValue);
            query.Field<BooleanGraphType>("flag").Resolve(_ => false);
            query.Field<FloatGraphType>("ratio").Resolve(_ => 0.1 + 0.2);
            query.Field<UuidGraphType>("id").Resolve(_ => SomeId);
            query.Field<JsonGraphType>("json").Resolve(_ => JsonDocument.Parse("""{"a":[1,2.5,"x",null,{"b":true}]}""").RootElement);
            query.Field<JsonGraphType>("emptyJson").Resolve(_ => JsonDocument.Parse("null").RootElement);
            query.Field<StringGraphType>("nothing").Resolve(_ => null);
            query.Field<ListGraphType<UuidGraphType>>("ids").Resolve(_ => new[] { SomeId, Guid.Empty });
            query.Field<ListGraphType<StringGraphType>>("texts").Resolve(_ => new[] { "one", null, "three" });
            query.Field<ListGraphType<IntGraphType>>("numbers").Resolve(_ => new List<int> { 1, 2, 3 });
            query.Field("nested", thing).Resolve(_ => new object());
            query.Field<StringGraphType>("failing").Resolve(_ => throw new ExecutionError("This field fails."));
            query.Field("strictFailing", new NonNullGraphType(thing)).Resolve(_ => null);
            query.Field("items", new ListGraphType(union)).Resolve(_ => new[] { new object(), new object() });
            Query = query;
        }
    }
}
