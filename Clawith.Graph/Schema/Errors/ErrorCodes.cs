namespace Clawith.Graph.Schema.Errors;

/// <summary>The stable <c>extensions.code</c> values (HotChocolate's names where it has one).</summary>
public static class ErrorCodes
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidInput = "INVALID_INPUT";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    /// <summary>The database is busy or out of reach: nothing is wrong with the request; send it again in a moment.</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    /// <summary>A stored row could not be read (an id or time another writer mangled): left out of its list, the rest stands.</summary>
    public const string UnreadableRow = "UNREADABLE_ROW";
}
