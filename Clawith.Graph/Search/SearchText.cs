using System.Globalization;
using System.Text;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Search;

/// <summary>
/// The text a client searches for, checked by the rule of every text input (<see cref="StorableText"/>:
/// trimmed, 1 to <see cref="MaxLength"/> characters, no NUL or unpaired surrogate), and folded by the
/// text filters' one rule (<see cref="TextFolding"/>), which the SQL applies to the messages: a hit is a
/// message whose folded content holds <see cref="Folded"/>.
/// </summary>
public sealed record SearchText(string Text, string Folded)
{
    public const int MaxLength = 200;

    /// <summary>Trigram indexes (SQLite's FTS5 trigram tokenizer, PostgreSQL's pg_trgm) serve texts of at least this many characters.</summary>
    public const int IndexedLength = 3;

    private static readonly StorableText Rule = new("text", MaxLength);

    /// <summary>Whether a trigram index can find the text: it has at least <see cref="IndexedLength"/> characters (code points).</summary>
    public bool IndexCanServe => Folded.EnumerateRunes().Count() >= IndexedLength;

    /// <summary>
    /// Whether no character of the text has case (Chinese, digits, punctuation): none changes under upper- or
    /// lowercasing, and none is a cased letter (ß is, though .NET uppercases it to itself: ẞ folds to it). As case
    /// mappings only join cased characters, no other character folds to one of these, so a content holds the text
    /// folded exactly when it holds it as it is.
    /// </summary>
    public bool Caseless => Folded.EnumerateRunes().All(rune =>
        Rune.ToUpperInvariant(rune) == rune && Rune.ToLowerInvariant(rune) == rune
        && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter));

    public static SearchText Read(string? text)
    {
        var (checkedText, error) = Rule.Validate(text ?? "");
        if (error is not null)
            throw CodedExecutionError.InvalidInput(error.Message);
        return new SearchText(checkedText!, TextFolding.Fold(checkedText!));
    }

    /// <summary>The text for a cost estimate before the resolver runs: null when it would be refused (it costs nothing then).</summary>
    public static SearchText? TryRead(object? text)
    {
        try
        {
            return text is string value ? Read(value) : null;
        }
        catch (GraphQL.ExecutionError)
        {
            return null;
        }
    }
}
