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

public sealed class NotFoundErrorGraphType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorGraphType()
    {
        Name = "NotFoundError";
        Description = "The agent or session does not exist (or is not under the given agent).";
        Field(e => e.Message).Description("What was not found.");
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is NotFoundError;
    }
}

public sealed class NotAuthorizedErrorGraphType : ObjectGraphType<NotAuthorizedError>
{
    public NotAuthorizedErrorGraphType()
    {
        Name = "NotAuthorizedError";
        Description = "The caller may not do this to this agent or session.";
        Field(e => e.Message).Description("Which rule refused the caller.");
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is NotAuthorizedError;
    }
}

public sealed class ValidationErrorGraphType : ObjectGraphType<FieldValidationError>
{
    public ValidationErrorGraphType()
    {
        Name = "ValidationError";
        Description = "An input value breaks a rule; nothing was changed.";
        Field(e => e.Message).Description("The rule that was broken.");
        Field(e => e.Field).Description("The input field that broke it.");
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is FieldValidationError;
    }
}
