using System.Text;

namespace Clawith.Graph.Tests.Fuzz;

/// <summary>One hostile request: which kind it is, and everything needed to send it again.</summary>
public sealed record FuzzRequest(
    string Kind, HttpMethod Method, string Path, byte[]? Body = null, string? ContentType = null,
    string? Accept = null, string? Authorization = null, StreamedBody? Streamed = null)
{
    public static FuzzRequest Post(string kind, string path, string body, string? contentType = "application/json") =>
        new(kind, HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>
    /// A body without a length that is larger than any limit: the server answers 413 and closes the
    /// connection while the client is still sending, so the client may see the connection end instead.
    /// </summary>
    public bool MayBeCutOff => Streamed is { AnnounceLength: false };

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        message.Content = Streamed?.ToContent() ?? (Body is null ? null : new ByteArrayContent(Body));
        if (message.Content is not null && ContentType is not null)
            message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        // A client sending a large body asks first, as curl does; a server that refuses before reading
        // then answers without the body ever being sent.
        message.Headers.ExpectContinue = Streamed is not null;
        if (Accept is not null)
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        if (Authorization is not null)
            message.Headers.TryAddWithoutValidation("Authorization", Authorization);
        return message;
    }

    /// <summary>Enough to recognise the case in a failure message; the seed and index reproduce it exactly.</summary>
    public override string ToString()
    {
        var preview = Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 160));
        var path = Path.Length > 160 ? Path[..160] + "…" : Path;
        var length = Streamed is null ? $"{Body?.Length ?? 0} bytes" : Streamed.ToString();
        return $"{Kind}: {Method} {path} [{ContentType}; accept {Accept}] {length}: {preview}";
    }
}
