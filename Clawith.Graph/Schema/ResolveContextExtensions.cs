using Clawith.Graph.Auth;
using GraphQL;

namespace Clawith.Graph.Schema;

/// <summary>The one place resolvers reach the request's services and caller.</summary>
public static class ResolveContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>The caller; resolvers run only after the Authenticated policy passed, so there is one.</summary>
    public static CurrentUser Caller(this IResolveFieldContext context) =>
        CurrentUser.From(context.User) ?? throw new InvalidOperationException("A resolver ran without an authenticated caller.");
}
