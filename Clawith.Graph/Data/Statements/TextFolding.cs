using System.Buffers;
using System.Text;
using SQLitePCL;

namespace Clawith.Graph.Data.Statements;

/// <summary>
/// The one case-folding rule of text filters (contains, startsWith, endsWith and their negations):
/// each code point becomes its Unicode simple lowercase mapping, the mapping PostgreSQL's <c>lower()</c>
/// applies in a database whose character type (LC_CTYPE) is a UTF-8 locale such as C.UTF-8. So "Über"
/// and "über" fold alike, as do "ΑΘΉΝΑ" and "αθήνα", and the Kelvin sign and "k"; it is a lowercasing,
/// not full case folding: "ß" does not match "SS", and a final sigma stays itself.
/// SQLite's own <c>lower()</c> folds ASCII only, so on SQLite the rule is the function
/// <see cref="SqliteFunction"/>, registered once on each native connection (<see cref="Register"/>).
/// <c>TextFoldingAgreementTests</c> runs every code point through both.
/// </summary>
public static class TextFolding
{
    public const string SqliteFunction = "clawith_fold";

    /// <summary>The rule itself, as the SQLite function applies it.</summary>
    public static string Fold(string text)
    {
        if (!NeedsFolding(text))
            return text;
        var folded = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            folded.Append(Lower(rune));
        return folded.ToString();
    }

    /// <summary>
    /// .NET keeps U+0130 (İ) as it is, to spare Turkish text a dotless surprise; Unicode's simple mapping,
    /// and PostgreSQL with it, make it "i".
    /// </summary>
    private static Rune Lower(Rune rune) => rune.Value == 0x130 ? new Rune('i') : Rune.ToLowerInvariant(rune);

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 || c is >= 'A' and <= 'Z')
                return true;
        }
        return false;
    }

    /// <summary>Registers the rule on a native SQLite connection, where it stays for as long as the pool keeps the connection.</summary>
    public static void Register(sqlite3 connection)
    {
        var result = raw.sqlite3_create_function(connection, SqliteFunction, 1, raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC, null, FoldValue);
        if (result != raw.SQLITE_OK)
            throw new InvalidOperationException($"SQLite refused the function {SqliteFunction}: {raw.sqlite3_errstr(result).utf8_to_string()}");
    }

    /// <summary>ASCII text (most titles) is folded byte by byte; anything else goes through <see cref="Fold"/>.</summary>
    private static void FoldValue(sqlite3_context context, object userData, sqlite3_value[] args)
    {
        if (raw.sqlite3_value_type(args[0]) == raw.SQLITE_NULL)
        {
            raw.sqlite3_result_null(context);
            return;
        }
        var utf8 = raw.sqlite3_value_blob(args[0]);
        if (utf8.IsEmpty)
        {
            raw.sqlite3_result_text(context, ""); // an empty span would be a null pointer, which SQLite reads as NULL
            return;
        }
        if (!Ascii.IsValid(utf8))
        {
            raw.sqlite3_result_text(context, Fold(Encoding.UTF8.GetString(utf8)));
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(utf8.Length);
        Ascii.ToLower(utf8, buffer, out var written);
        raw.sqlite3_result_text(context, buffer.AsSpan(0, written));
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
