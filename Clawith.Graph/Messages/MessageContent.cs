using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Messages;

/// <summary>What a user may post: trimmed, 1 to 100,000 storable characters.</summary>
public static class MessageContent
{
    public const string Field = "content";
    public const int MaxLength = 100_000;

    private static readonly StorableText Rule = new(Field, MaxLength);

    public static (string? Content, FieldValidationError? Error) Validate(string content) => Rule.Validate(content);
}
