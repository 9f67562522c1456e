using System.Buffers;
using System.Text;

namespace Clawith.Graph.Schema.Errors;

/// <summary>
/// A text input's rule: trimmed, then 1 to <see cref="MaxLength"/> characters (counted as the database
/// counts them, by code point), all of them storable: PostgreSQL text holds no NUL and no unpaired surrogate.
/// </summary>
/// <param name="Field">The input field a <see cref="FieldValidationError"/> names.</param>
public sealed record StorableText(string Field, int MaxLength)
{
    public (string? Text, FieldValidationError? Error) Validate(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            return (null, new FieldValidationError($"The {Field} must not be empty.", Field));
        // Counting code points walks the text; a text of more UTF-16 units than twice the limit cannot fit.
        if (trimmed.Length > 2 * MaxLength || trimmed.EnumerateRunes().Count() > MaxLength)
            return (null, new FieldValidationError($"The {Field} must be at most {MaxLength} characters.", Field));
        if (!IsStorable(trimmed))
            return (null, new FieldValidationError($"The {Field} must not contain NUL characters or unpaired surrogates.", Field));
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
