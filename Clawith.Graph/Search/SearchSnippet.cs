using System.Text;
using Clawith.Graph.Data.Statements;

namespace Clawith.Graph.Search;

/// <summary>A stretch of a message around its first match, as plain text, with every match in it as a range.</summary>
/// <param name="Text">The stretch, line breaks and tabs turned to spaces (one for one, so ranges stay put).</param>
/// <param name="Matches">Where the searched text is in <paramref name="Text"/>, in UTF-16 code units (JavaScript's string indexes).</param>
public sealed record SearchSnippet(string Text, IReadOnlyList<TextRange> Matches, bool StartsMessage, bool EndsMessage)
{
    /// <summary>How much of the message a snippet holds, at most (in UTF-16 code units, a surrogate pair never split).</summary>
    public const int Length = 160;

    /// <summary>How much of the message before the first match a snippet shows, at most.</summary>
    private const int Before = 40;

    /// <summary>
    /// The snippet of <paramref name="content"/> for <paramref name="text"/>. Matches are found as the SQL
    /// found the message: by the folded text in the folded content, each code point folded on its own, so
    /// a match's bounds in the folded text map back to code points of the content.
    /// </summary>
    public static SearchSnippet Of(string content, SearchText text)
    {
        var (folded, origin) = FoldWithOrigins(content);
        var matches = new List<(int Start, int End)>();
        for (var at = folded.IndexOf(text.Folded, StringComparison.Ordinal); at >= 0 && text.Folded.Length > 0;
             at = folded.IndexOf(text.Folded, at + text.Folded.Length, StringComparison.Ordinal))
            matches.Add((origin[at], origin[at + text.Folded.Length]));
        var start = matches.Count == 0 ? 0 : Math.Max(0, matches[0].Start - Before);
        start = Math.Max(0, WordStart(content, start, matches.Count == 0 ? 0 : matches[0].Start));
        var end = Math.Min(content.Length, Math.Max(start + Length, matches.Count == 0 ? 0 : matches[0].End));
        start = Whole(content, start);
        end = Whole(content, end);
        var ranges = matches.Where(m => m.Start >= start && m.End <= end).Select(m => new TextRange(m.Start - start, m.End - m.Start)).ToList();
        return new SearchSnippet(Plain(content[start..end]), ranges, start == 0, end == content.Length);
    }

    /// <summary>The folded content, and for each of its UTF-16 positions (and its end) the position in the content it came from.</summary>
    private static (string Folded, int[] Origin) FoldWithOrigins(string content)
    {
        if (Ascii.IsValid(content))
            return (TextFolding.Fold(content), [.. Enumerable.Range(0, content.Length + 1)]);
        var folded = new StringBuilder(content.Length);
        var origin = new List<int>(content.Length + 1);
        var at = 0;
        foreach (var rune in content.EnumerateRunes())
        {
            var piece = TextFolding.Fold(rune.ToString());
            folded.Append(piece);
            for (var i = 0; i < piece.Length; i++)
                origin.Add(at);
            at += rune.Utf16SequenceLength;
        }
        origin.Add(at);
        return (folded.ToString(), [.. origin]);
    }

    /// <summary>Starts the snippet at a word's start when one is near, rather than mid-word (not past the match).</summary>
    private static int WordStart(string content, int start, int match)
    {
        for (var i = start; i < match && i < start + 15; i++)
        {
            if (i == 0 || char.IsWhiteSpace(content[i - 1]))
                return i;
        }
        return start;
    }

    /// <summary>A bound moved off the middle of a surrogate pair.</summary>
    private static int Whole(string content, int at) => at > 0 && at < content.Length && char.IsLowSurrogate(content[at]) ? at - 1 : at;

    private static string Plain(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = source[i] is '\n' or '\r' or '\t' ? ' ' : source[i];
    });
}

/// <summary>A stretch of a text: where it starts and how long it is, in UTF-16 code units.</summary>
public sealed record TextRange(int Start, int Length);
