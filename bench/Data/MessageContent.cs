using System.Text;

namespace Clawith.Graph.Bench.Data;

/// <summary>
/// Message texts of chat-like lengths (6 to 60 words), drawn from a pool so that generating a million stays
/// cheap. One in ten is Chinese, written as Chinese is, without spaces (5 to 20 words); one in
/// <see cref="RareEvery"/> ends with <see cref="RareWord"/>, which no other text holds: what search looks for.
/// </summary>
public sealed class MessageContent
{
    /// <summary>A word in about one message in <see cref="RareEvery"/>.</summary>
    public const string RareWord = "Zanzibar";

    public const int RareEvery = 20_000;

    private static readonly string[] Words =
    [
        "the", "agent", "report", "deploy", "please", "summary", "schedule", "customer", "invoice", "meeting", "draft",
        "review", "status", "update", "weekly", "metrics", "error", "retry", "server", "latency", "budget", "plan",
        "could", "you", "check", "whether", "yesterday", "tomorrow", "before", "after", "ticket", "release", "notes",
        "and", "with", "from", "into", "about", "team", "project", "roadmap", "priority", "fixed", "open", "closed",
    ];

    /// <summary>Chinese words of two characters (most are), and a few of three and four.</summary>
    private static readonly string[] ChineseWords =
    [
        "我们", "明天", "今天", "会议", "预算", "审查", "项目", "报告", "客户", "服务器", "部署", "问题", "北京", "上海", "旅行",
        "计划", "发布", "版本", "测试", "数据", "用户", "团队", "进度", "需要", "已经", "完成", "检查", "延迟", "错误", "更新",
        "请", "帮我", "总结", "一下", "周报", "优先级", "负责人", "下周", "上线", "回滚",
    ];

    private readonly string[] _pool;
    private readonly string[] _chinesePool;
    private readonly Random _random;

    public MessageContent(Random random)
    {
        _random = random;
        _pool = [.. Enumerable.Range(0, 2000).Select(_ => Sentence(6 + random.Next(55)))];
        _chinesePool = [.. Enumerable.Range(0, 2000).Select(_ => ChineseSentence(5 + random.Next(16)))];
    }

    public string Next()
    {
        var text = _random.Next(10) == 0 ? _chinesePool[_random.Next(_chinesePool.Length)] : _pool[_random.Next(_pool.Length)];
        return _random.Next(RareEvery) == 0 ? $"{text} {RareWord}." : text;
    }

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

    private string ChineseSentence(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
            text.Append(ChineseWords[_random.Next(ChineseWords.Length)]).Append(i % 6 == 5 ? "，" : "");
        return text.Append('。').ToString();
    }
}
