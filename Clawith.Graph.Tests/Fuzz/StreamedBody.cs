using System.Net;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>
/// A body of <paramref name="Length"/> bytes of JSON-looking filler, written piece by piece as it is
/// sent, with its length announced or not (chunked): a client that never stops sending.
/// </summary>
public sealed record StreamedBody(long Length, bool AnnounceLength)
{
    public HttpContent ToContent() => new Content(Length, AnnounceLength);

    public override string ToString() => $"{Length >> 20} MiB streamed{(AnnounceLength ? " with its length" : " chunked")}";

    private sealed class Content(long length, bool announceLength) : HttpContent
    {
        private static readonly byte[] Piece = System.Text.Encoding.ASCII.GetBytes("{\"query\": \"" + new string('[', 16_384 - 11));

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            for (var sent = 0L; sent < length; sent += Piece.Length)
                await stream.WriteAsync(Piece.AsMemory(0, (int)Math.Min(Piece.Length, length - sent)), cancellationToken);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long computed)
        {
            computed = length;
            return announceLength;
        }
    }
}
