using GraphQL.Types;

namespace Clawith.Graph.Schema.Errors;

public sealed class ErrorInterfaceGraphType : InterfaceGraphType<UserError>
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "A reason a mutation did not do what was asked; the payload's other fields are then null.";
        Field(e => e.Message).Description("What went wrong, for a person to read.");
    }
}

/// <summary>An implementation of the Error interface, recognised by its CLR type in unions.</summary>
public abstract class ErrorObjectGraphType<TError> : ObjectGraphType<TError> where TError : UserError
{
    protected ErrorObjectGraphType(string name, string description, string messageDescription)
    {
        Name = name;
        Description = description;
        Field(e => e.Message).Description(messageDescription);
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is TError;
    }
}

public sealed class NotFoundErrorGraphType() : ErrorObjectGraphType<NotFoundError>(
    "NotFoundError", "The agent or session does not exist (or is not under the given agent).", "What was not found.");

public sealed class NotAuthorizedErrorGraphType() : ErrorObjectGraphType<NotAuthorizedError>(
    "NotAuthorizedError", "The caller may not do this to this agent or session.", "Which rule refused the caller.");

public sealed class ValidationErrorGraphType : ErrorObjectGraphType<FieldValidationError>
{
    public ValidationErrorGraphType()
        : base("ValidationError", "An input value breaks a rule; nothing was changed.", "The rule that was broken.") =>
        Field(e => e.Field).Description("The input field that broke it.");
}
