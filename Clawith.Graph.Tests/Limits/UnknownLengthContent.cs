using System.Net;

namespace Clawith.Graph.Tests.Limits;

/// <summary>A body sent without Content-Length (chunked over HTTP/1.1), as a streaming client sends one.</summary>
public sealed class UnknownLengthContent : HttpContent
{
    private readonly byte[] _bytes;

    public UnknownLengthContent(byte[] bytes, string contentType)
    {
        _bytes = bytes;
        Headers.TryAddWithoutValidation("Content-Type", contentType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
