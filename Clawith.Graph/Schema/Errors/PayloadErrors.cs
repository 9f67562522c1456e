using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Schema.Errors;

/// <summary>Marks a mutation field whose payload carries its errors, and how to build that payload.</summary>
public static class PayloadErrors
{
    private const string Key = "clawith:payload-errors";

    public static TMetadataWriter ErrorsInPayload<TMetadataWriter>(this TMetadataWriter field, Func<UserError, object> payloadWith)
        where TMetadataWriter : IMetadataWriter =>
        field.WithMetadata(Key, payloadWith);

    public static Func<UserError, object>? GetPayloadErrorFactory(this FieldType field) =>
        field.GetMetadata<Func<UserError, object>>(Key);
}
