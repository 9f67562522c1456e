using System.Text;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Fuzz.HostileText;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>The hostile requests aimed at the GraphQL layer: documents, variables and batches.</summary>
public sealed partial class HostileRequests
{
    private static FuzzRequest RandomJson(Random random) =>
        FuzzRequest.Post(nameof(RandomJson), Graph, random.Next(2) == 0
            ? Jsonish(random, random.Next(0, 1_000))
            : $"{{\"query\": {Jsonish(random, random.Next(0, 300))}, \"variables\": {Jsonish(random, random.Next(0, 100))}}}");

    private static FuzzRequest HugeStrings(Random random)
    {
        var huge = Repeat(Pick(random, ["x", "é", "😀", "\\\"", " "]), random.Next(10_000, 150_000));
        return FuzzRequest.Post(nameof(HugeStrings), Graph, random.Next(4) switch
        {
            0 => Request($"{{ agent(id: \"{huge}\") {{ name }} }}"),
            1 => Request("query($id: UUID!) { agent(id: $id) { name } }", $"{{\"id\": {Quoted(huge)}}}"),
            2 => Request("{ me { id } }", operationName: huge),
            _ => Request("{ me { id } }" + huge),
        });
    }

    private static FuzzRequest DeepNesting(Random random)
    {
        var depth = random.Next(10, 4_000);
        var query = random.Next(3) switch
        {
            0 => "{" + Repeat("me {", depth) + " id" + Repeat("}", depth + 1),
            1 => Repeat("{", depth) + Repeat("}", random.Next(depth + 1)),
            _ => $"{{ agent(id: {Repeat("[", depth)}1{Repeat("]", depth)}) {{ name }} }}",
        };
        return FuzzRequest.Post(nameof(DeepNesting), Graph, Request(query));
    }

    private static FuzzRequest DeepJson(Random random)
    {
        var depth = random.Next(10, 20_000);
        var nested = random.Next(2) == 0 ? Repeat("[", depth) + "1" + Repeat("]", depth) : Repeat("{\"a\":", depth) + "1" + Repeat("}", depth);
        return FuzzRequest.Post(nameof(DeepJson), Graph, Request("query($id: UUID!) { agent(id: $id) { name } }", $"{{\"id\": {nested}}}"));
    }

    private static FuzzRequest AliasBomb(Random random)
    {
        var field = Pick(random, ["__typename", "me { id }", $"agent(id: \"{TestWorld.Atlas}\") {{ name }}", "sessions(agentId: \"a0000000-0000-4000-8000-000000000001\", first: 500) { nodes { title } }"]);
        var aliases = Enumerable.Range(0, random.Next(10, 3_000)).Select(i => $"a{i}: {field}");
        return FuzzRequest.Post(nameof(AliasBomb), Graph, Request("{ " + string.Join(" ", aliases) + " }"));
    }

    private static FuzzRequest FragmentBomb(Random random)
    {
        var levels = random.Next(5, 60);
        var fanOut = random.Next(2, 5);
        var fragments = Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ {Repeat($"...F{i + 1} ", fanOut)}}}");
        var used = random.Next(2) == 0 ? "{ ...F0 }" : "{ __typename }";
        return FuzzRequest.Post(nameof(FragmentBomb), Graph, Request($"{used} {string.Join(" ", fragments)} fragment F{levels} on Query {{ me {{ id }} }}"));
    }

    private static FuzzRequest CircularFragments(Random random) =>
        FuzzRequest.Post(nameof(CircularFragments), Graph, Request(random.Next(3) switch
        {
            0 => "{ ...A } fragment A on Query { ...A }",
            1 => "{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { __typename ...A }",
            _ => "{ me { ...U } } fragment U on User { id ...V } fragment V on User { displayName ...W } fragment W on User { ...U role }",
        }));

    private static FuzzRequest BatchedArray(Random random)
    {
        var operations = Enumerable.Range(0, random.Next(1, 50)).Select(_ => Request(Pick(random, ValidQueries)));
        return FuzzRequest.Post(nameof(BatchedArray), Graph, new string(' ', random.Next(3)) + "[" + string.Join(",", operations) + "]");
    }

    private static FuzzRequest InvalidVariables(Random random)
    {
        var query = Pick(random, [
            "query($id: UUID!) { agent(id: $id) { name } }",
            "query($n: Int, $a: UUID!) { sessions(agentId: $a, first: $n) { nodes { title } } }",
            "query($s: SessionScope!, $a: UUID!) { sessions(agentId: $a, scope: $s) { totalCount } }",
            "mutation($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }",
        ]);
        var value = Pick(random, [
            "\"x\"", "5", "-0", "1e999", "99999999999999999999999999999", "true", "null", "[]", "{}", "\"\\ud800\"",
            "\"a0000000-0000-4000-8000-000000000001\"", "{\"agentId\": 5, \"title\": [1]}", "{\"agentId\": \"a0000000-0000-4000-8000-000000000001\", \"title\": 1e308}",
            "\"MINE\"", "\"NOT_A_SCOPE\"", "2147483648", "-2147483649", "1.5",
        ]);
        var name = Pick(random, ["id", "n", "a", "s", "input", "unknown"]);
        var variables = random.Next(6) switch
        {
            0 => value,
            1 => $"[{value}]",
            _ => $"{{\"{name}\": {value}, \"a\": {Pick(random, ["\"a0000000-0000-4000-8000-000000000001\"", value])}}}",
        };
        return FuzzRequest.Post(nameof(InvalidVariables), Graph, Request(query, variables));
    }

    private static FuzzRequest RandomGet(Random random)
    {
        var query = random.Next(2) == 0 ? Mutated(random, Pick(random, ValidQueries), random.Next(0, 5)) : GraphQLish(random, random.Next(0, 300));
        var path = $"{Graph}?query={Uri.EscapeDataString(query)}";
        if (random.Next(2) == 0)
            path += $"&variables={Uri.EscapeDataString(Jsonish(random, random.Next(0, 80)))}";
        if (random.Next(4) == 0)
            path += $"&operationName={Uri.EscapeDataString(GraphQLish(random, 10))}&extensions={Uri.EscapeDataString(Jsonish(random, 10))}";
        if (random.Next(6) == 0)
            path = Graph + "?" + Uri.EscapeDataString(GraphQLish(random, random.Next(0, 60)));
        return new FuzzRequest(nameof(RandomGet), HttpMethod.Get, path, Accept: "application/json");
    }

    private static FuzzRequest MutatedQuery(Random random)
    {
        var query = Mutated(random, Pick(random, ValidQueries), random.Next(1, 12));
        var variables = $"{{\"agentId\": \"{TestWorld.Atlas}\", \"scope\": \"ALL\", \"id\": \"{TestWorld.CreatorWeb}\", \"input\": {{\"agentId\": \"{TestWorld.Atlas}\", \"title\": {Quoted(GraphQLish(random, random.Next(0, 250)))}}}}}";
        return FuzzRequest.Post(nameof(MutatedQuery), Graph, Request(query, variables));
    }
}
