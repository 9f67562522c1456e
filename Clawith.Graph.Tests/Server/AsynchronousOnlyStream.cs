using System.Text;

namespace Clawith.Graph.Tests.Server;

/// <summary>A response body as Kestrel gives it: synchronous writes and flushes throw. It keeps what was written, and counts the flushes.</summary>
public sealed class AsynchronousOnlyStream : Stream
{
    private readonly MemoryStream _written = new();

    public int Flushes { get; private set; }

    public string Text => Encoding.UTF8.GetString(_written.ToArray());

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written.Length;
    public override long Position { get => _written.Length; set => throw new NotSupportedException(); }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _written.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flushes++;
        return Task.CompletedTask;
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
