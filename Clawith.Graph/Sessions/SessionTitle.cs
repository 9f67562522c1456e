using System.Buffers;
using System.Text;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Titles are trimmed and hold 1 to 200 characters (counted as the database counts them, by code point),
/// all of them storable: PostgreSQL text holds no NUL and no unpaired surrogate.
/// </summary>
public static class SessionTitle
{
    public const string Field = "title";

    public static string DefaultFor(DateTime utcNow) => $"Session {utcNow:MM-dd HH:mm}";

    public static (string? Title, FieldValidationError? Error) Validate(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length == 0)
            return (null, new FieldValidationError("The title must not be empty.", Field));
        if (trimmed.EnumerateRunes().Count() > ChatSession.TitleMaxLength)
            return (null, new FieldValidationError($"The title must be at most {ChatSession.TitleMaxLength} characters.", Field));
        if (!IsStorable(trimmed))
            return (null, new FieldValidationError("The title must not contain NUL characters or unpaired surrogates.", Field));
        return (trimmed, null);
    }

    private static bool IsStorable(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != OperationStatus.Done || rune.Value == 0)
                return false;
            text = text[consumed..];
        }
        return true;
    }
}
