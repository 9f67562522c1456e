using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>
/// Every kind of hostile request the fuzz test sends, each built from a seeded <see cref="Random"/>:
/// the same seed and case number always give the same request.
/// </summary>
public sealed partial class HostileRequests(string token)
{
    private const string Graph = "/graphql";
    private static readonly string Sessions = $"/api/agents/{TestWorld.Atlas}/sessions";
    private static readonly string OneSession = $"{Sessions}/{TestWorld.CreatorWeb}";
    private static readonly string[] ValidQueries =
    [
        SpaOperations.ReadmeSample, SpaOperations.SessionList, SpaOperations.OpenSession, SpaOperations.PlaygroundIntrospection,
        "mutation($input: CreateSessionInput!) { createSession(input: $input) { session { id title } errors { __typename } } }",
        "{ me { id displayName role } agent(id: \"a0000000-0000-4000-8000-000000000001\") { name creator { id } } }",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/graphql", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/xml", "application/json; charset=utf-32", "application/json; charset=\"", "??", ";;;", "application/*",
        "application/graphql-response+json", "application/json; boundary=%C3%A9", "application/json; charset=latin1",
    ];

    private static readonly string[] Accepts =
    [
        "*/*", "application/json", "application/graphql-response+json", "text/html", "image/png", "application/json;q=0",
        "application/graphql-response+json;q=0.1, application/json;q=0.9", ";;,,q=", "application/json; q=abc", "*/*;q=-1",
    ];

    private static readonly Func<Random, FuzzRequest>[] Kinds =
    [
        RandomBytes, RandomJson, HugeStrings, DeepNesting, DeepJson, AliasBomb, FragmentBomb, CircularFragments,
        BatchedArray, WrongContentType, InvalidVariables, UrlEncodedPost, RandomGet, MutatedQuery, RestBody, RestPath, OddMethod,
        EndlessBody,
    ];

    /// <summary>Case <paramref name="index"/>: kinds in turn, details from its own seeded random.</summary>
    public FuzzRequest Create(int seed, int index)
    {
        // Not HashCode.Combine: its hashes change from one process to the next.
        var random = new Random(unchecked(seed * 100_003 + index));
        var request = Kinds[index % Kinds.Length](random);
        return request with
        {
            Accept = random.Next(4) == 0 ? Pick(random, Accepts) : request.Accept,
            Authorization = random.Next(3) switch { 0 => null, 1 => $"Bearer {token}", _ => Pick(random, ["Bearer", "Bearer x.y.z", "Basic Zm9vOmJhcg==", $"Bearer {token}x"]) },
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
