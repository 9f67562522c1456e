namespace Clawith.Graph.Schema.Errors;

/// <summary>An error a mutation reports in its payload (HotChocolate's mutation conventions).</summary>
public abstract record UserError(string Message);

public sealed record NotFoundError(string Message) : UserError(Message);

public sealed record NotAuthorizedError(string Message) : UserError(Message);

/// <summary>An input value that breaks a rule; <see cref="Field"/> names the input field.</summary>
public sealed record FieldValidationError(string Message, string Field) : UserError(Message);
