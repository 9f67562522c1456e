namespace Clawith.Graph.Schema.Scalars;

/// <summary>
/// GraphQL's ID, as this server's ids are: every id is a UUID, so an ID is that UUID's lowercase text, the
/// very value REST and the UUID arguments use, and an ID sent in is read by the UUID rule (anything else is
/// INVALID_INPUT). It takes the built-in ID's place, which would accept any text or number.
/// </summary>
public sealed class NodeIdGraphType : UuidTextGraphType
{
    public NodeIdGraphType()
    {
        Name = "ID";
        Description = $"An object's id: its UUID as lowercase text (e.g. {UuidText.Example}), the same value REST and the UUID arguments use.";
    }
}
