using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Sessions;

/// <summary>Titles are trimmed and hold 1 to 200 storable characters (<see cref="StorableText"/>).</summary>
public static class SessionTitle
{
    public const string Field = "title";

    private static readonly StorableText Rule = new(Field, ChatSession.TitleMaxLength);

    public static string DefaultFor(DateTime utcNow) => $"Session {utcNow:MM-dd HH:mm}";

    public static (string? Title, FieldValidationError? Error) Validate(string title) => Rule.Validate(title);
}
