using Clawith.Graph.Schema.Introspection;

namespace Clawith.Graph.Schema.Scalars;

/// <summary>A UUID argument or value (<see cref="UuidTextGraphType"/>); ids of nodes are <see cref="NodeIdGraphType"/>.</summary>
public sealed class UuidGraphType : UuidTextGraphType
{
    public UuidGraphType()
    {
        Name = "UUID";
        Description = $"A UUID in canonical text, e.g. {UuidText.Example}: 36 characters, hex digits in either case (answers are lowercase), no braces or spaces.";
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc9562");
    }
}
