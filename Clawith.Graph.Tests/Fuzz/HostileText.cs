using System.Text;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>The raw material of hostile requests, all drawn from one seeded <see cref="Random"/>.</summary>
public static class HostileText
{
    private const string JsonAlphabet = "{}[]\":,.-+eE0123456789 \t\r\nabcdefghijklmnopqrstuvwxyzABCXYZ_$@!\\/u";
    private const string GraphQLAlphabet = "{}()[]:$@!.=,\"# \n_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789…é😀\u0000\u0007";

    public static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    public static string From(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            text.Append(alphabet[random.Next(alphabet.Length)]);
        return text.ToString();
    }

    public static string Jsonish(Random random, int length) => From(random, JsonAlphabet, length);

    public static string GraphQLish(Random random, int length) => From(random, GraphQLAlphabet, length);

    /// <summary><paramref name="text"/> with a few characters deleted, inserted, swapped or replaced.</summary>
    public static string Mutated(Random random, string text, int edits)
    {
        var chars = new StringBuilder(text);
        for (var i = 0; i < edits && chars.Length > 0; i++)
        {
            var at = random.Next(chars.Length);
            var replacement = GraphQLAlphabet[random.Next(GraphQLAlphabet.Length)];
            switch (random.Next(4))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, replacement); break;
                case 2: chars[at] = replacement; break;
                default: chars.Insert(at, chars.ToString(at, Math.Min(8, chars.Length - at))); break;
            }
        }
        return chars.ToString();
    }

    public static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>A JSON string literal of <paramref name="text"/>.</summary>
    public static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>A GraphQL request body for <paramref name="query"/> with the given raw JSON variables.</summary>
    public static string Request(string query, string? variables = null, string? operationName = null) =>
        $"{{\"query\": {Quoted(query)}" + (variables is null ? "" : $", \"variables\": {variables}") +
        (operationName is null ? "" : $", \"operationName\": {Quoted(operationName)}") + "}";
}
