using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Watches every response body of a test host on its way to the client: how many bytes the app wrote,
/// and the most it wrote between two flushes. An answer gathered whole before it is sent is one flush
/// of its whole size; a streamed one is many small ones.
/// </summary>
public sealed class MeteredResponses : IStartupFilter
{
    private long _written;
    private long _largestUnflushed;

    public long Written => Interlocked.Read(ref _written);

    /// <summary>The most bytes any response held back from the client at once.</summary>
    public long LargestUnflushed => Interlocked.Read(ref _largestUnflushed);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, inner) =>
        {
            var body = new MeteredBody(http.Response.Body, this);
            http.Response.Body = body;
            await inner(http);
            await body.FlushAsync(http.RequestAborted);
        });
        next(app);
    };

    private void Record(long written, long unflushed)
    {
        Interlocked.Add(ref _written, written);
        long largest;
        while (unflushed > (largest = Interlocked.Read(ref _largestUnflushed))
            && Interlocked.CompareExchange(ref _largestUnflushed, unflushed, largest) != largest)
        {
        }
    }

    private sealed class MeteredBody(Stream inner, MeteredResponses meter) : Stream
    {
        private long _unflushed;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _unflushed += buffer.Length;
            meter.Record(buffer.Length, _unflushed);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            _unflushed = 0;
            return inner.FlushAsync(cancellationToken);
        }

        // The server allows no synchronous I/O; neither does this.
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");
        public override void Flush() => throw new InvalidOperationException("Synchronous flushes are not allowed.");
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
