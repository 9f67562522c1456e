using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Clawith.Graph.Server;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, with the same options, except that an execution result
/// written to a stream goes out as it is written (<see cref="ExecutionResultWriter.WriteAsync"/>) rather
/// than gathered whole first: every answer over HTTP is written this way.
/// </summary>
public sealed class StreamingGraphQLSerializer(JsonSerializerOptions options, IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(options, errorInfoProvider), IGraphQLTextSerializer
{
    public new Task WriteAsync<T>(Stream stream, T? value, CancellationToken cancellationToken = default) =>
        value is ExecutionResult result
            ? ExecutionResultWriter.WriteAsync(stream, result, SerializerOptions, cancellationToken)
            : base.WriteAsync(stream, value, cancellationToken);
}
