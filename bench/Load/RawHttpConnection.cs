using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;

namespace Clawith.Graph.Bench.Load;

/// <summary>
/// One keep-alive HTTP/1.1 connection with blocking sends and receives into buffers that only grow:
/// after the first few requests a round trip allocates nothing, so what the process allocates while
/// the benchmark runs is the server's (the client's own thread is measured and taken out anyway).
/// </summary>
public sealed class RawHttpConnection(Uri server) : IDisposable
{
    private Socket? _socket;
    private byte[] _input = new byte[64 * 1024];
    private byte[] _body = new byte[64 * 1024];
    private int _filled;

    public int Status { get; private set; }

    public ReadOnlySpan<byte> Body => _body.AsSpan(0, BodyLength);

    public int BodyLength { get; private set; }

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>Sends one prepared request and reads the whole response; returns its status code.</summary>
    public int Exchange(byte[] request)
    {
        _socket ??= Connect();
        _socket.Send(request);
        _filled = 0;
        var headerEnd = ReadHeaders();
        var (contentLength, chunked, close) = ParseHeaders(headerEnd);
        BodyLength = 0;
        if (chunked)
            ReadChunked(headerEnd);
        else
            ReadFixed(headerEnd, contentLength);
        if (close)
        {
            _socket.Dispose();
            _socket = null;
        }
        return Status;
    }

    private Socket Connect()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(server.Host, server.Port);
        return socket;
    }

    private int ReadHeaders()
    {
        while (true)
        {
            var end = _input.AsSpan(0, _filled).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
                return end + 4;
            Receive();
        }
    }

    private (int ContentLength, bool Chunked, bool Close) ParseHeaders(int headerEnd)
    {
        var head = _input.AsSpan(0, headerEnd);
        Utf8Parser.TryParse(head[9..12], out int status, out _);
        Status = status;
        var (length, chunked, close) = (0, false, false);
        foreach (var range in head.Split("\r\n"u8))
        {
            var line = head[range];
            if (StartsWith(line, "content-length:"u8))
                Utf8Parser.TryParse(line["content-length:".Length..].Trim((byte)' '), out length, out _);
            else if (StartsWith(line, "transfer-encoding:"u8))
                chunked = line.IndexOf("chunked"u8) >= 0;
            else if (StartsWith(line, "connection:"u8))
                close = line.IndexOf("close"u8) >= 0;
        }
        return (length, chunked, close);
    }

    private void ReadFixed(int start, int length)
    {
        Need(start + length);
        Append(_input.AsSpan(start, length));
    }

    private void ReadChunked(int position)
    {
        while (true)
        {
            var lineEnd = LineEnd(position);
            Utf8Parser.TryParse(_input.AsSpan(position, lineEnd - position), out int size, out _, 'x');
            position = lineEnd + 2;
            Need(position + size + 2);
            if (size == 0)
                return;
            Append(_input.AsSpan(position, size));
            position += size + 2;
        }
    }

    private int LineEnd(int from)
    {
        while (true)
        {
            var at = _input.AsSpan(from, _filled - from).IndexOf("\r\n"u8);
            if (at >= 0)
                return from + at;
            Receive();
        }
    }

    private void Need(int bytes)
    {
        while (_filled < bytes)
            Receive();
    }

    private void Receive()
    {
        if (_filled == _input.Length)
            Array.Resize(ref _input, _input.Length * 2);
        var read = _socket!.Receive(_input.AsSpan(_filled));
        if (read == 0)
            throw new IOException($"The server at {server} closed the connection mid-response.");
        _filled += read;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (BodyLength + bytes.Length > _body.Length)
            Array.Resize(ref _body, Math.Max(_body.Length * 2, BodyLength + bytes.Length));
        bytes.CopyTo(_body.AsSpan(BodyLength));
        BodyLength += bytes.Length;
    }

    private static bool StartsWith(ReadOnlySpan<byte> line, ReadOnlySpan<byte> lowerName) =>
        line.Length >= lowerName.Length && Ascii.EqualsIgnoreCase(line[..lowerName.Length], lowerName);

    public void Dispose() => _socket?.Dispose();
}
