using System.Text;

namespace Clawith.Graph.Bench.Data;

/// <summary>Message texts of chat-like lengths (6 to 60 words), drawn from a pool so that generating a million stays cheap.</summary>
public sealed class MessageContent
{
    private static readonly string[] Words =
    [
        "the", "agent", "report", "deploy", "please", "summary", "schedule", "customer", "invoice", "meeting", "draft",
        "review", "status", "update", "weekly", "metrics", "error", "retry", "server", "latency", "budget", "plan",
        "could", "you", "check", "whether", "yesterday", "tomorrow", "before", "after", "ticket", "release", "notes",
        "and", "with", "from", "into", "about", "team", "project", "roadmap", "priority", "fixed", "open", "closed",
    ];

    private readonly string[] _pool;
    private readonly Random _random;

    public MessageContent(Random random)
    {
        _random = random;
        _pool = [.. Enumerable.Range(0, 2000).Select(_ => Sentence(6 + random.Next(55)))];
    }

    public string Next() => _pool[_random.Next(_pool.Length)];

    /// <summary>A tool call as Clawith stores one: a JSON object with the tool's name, arguments and result.</summary>
    public string NextToolCall() =>
        $$"""{"name":"search_docs","args":{"query":"{{Words[_random.Next(Words.Length)]}}"},"status":"done","result":"{{Sentence(12)}}"}""";

    private string Sentence(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
            text.Append(i == 0 ? "" : " ").Append(Words[_random.Next(Words.Length)]);
        return text.Append('.').ToString();
    }
}
