using System.Security.Cryptography;
using System.Text;

namespace Clawith.Graph.Server.Persisted;

/// <summary>
/// The SHA-256 of a document's text as both protocols define it: the lowercase hex of the hash of its
/// UTF-8 bytes (Apollo's <c>sha256Hash</c>; the persisted-documents draft's <c>sha256:</c> identifier
/// without its prefix).
/// </summary>
public static class DocumentHash
{
    public const string Prefix = "sha256:";

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether <paramref name="value"/> is 64 hex digits, the form a SHA-256 hash is written in.</summary>
    public static bool IsHash(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);

    /// <summary>
    /// The hash an identifier names, in lowercase, with or without its <c>sha256:</c> prefix; null when it
    /// names none (a custom identifier, which a manifest may use as it is).
    /// </summary>
    public static string? Named(string identifier)
    {
        var hash = identifier.StartsWith(Prefix, StringComparison.Ordinal) ? identifier[Prefix.Length..] : identifier;
        return IsHash(hash) ? hash.ToLowerInvariant() : null;
    }
}
