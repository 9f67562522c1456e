using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Clawith.Graph.Schema.Introspection;

/// <summary>
/// The spec's <c>@specifiedBy(url:)</c>, which GraphQL.NET 8 does not define: where a custom scalar's format
/// is written down. Introspection answers it as <c>__Type.specifiedByURL</c> (<see cref="SpecIntrospectionFields"/>).
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";
    private const string Url = "url";

    public SpecifiedByDirective() : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = Url,
            Description = "The URL that specifies the behavior of this scalar.",
        });
    }

    // A type-system directive is hidden from introspection unless it says otherwise; a built-in one is listed.
    public override bool? Introspectable => true;

    /// <summary>The URL a scalar's <c>@specifiedBy</c> gives; null for any other type.</summary>
    public static string? UrlOf(IGraphType type) =>
        type is ScalarGraphType ? type.FindAppliedDirective(DirectiveName)?.FindArgument(Url)?.Value as string : null;
}

public static class SpecifiedByExtensions
{
    /// <summary>Applies <c>@specifiedBy(url:)</c> to the scalar.</summary>
    public static void SpecifiedBy(this ScalarGraphType scalar, string url) =>
        scalar.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", url);
}
