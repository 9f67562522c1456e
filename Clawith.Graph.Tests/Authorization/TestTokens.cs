using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// JWTs built by hand, byte for byte as python-jose (Clawith's backend) builds them: a JSON header and
/// payload, base64url without padding, and a MAC over "header.payload" with the raw UTF-8 key.
/// </summary>
internal static class TestTokens
{
    /// <summary>Not the server's key: a token signed with it is forged.</summary>
    public const string OtherKey = "someone-else's-key-of-a-decent-length!";

    public static string Signed(Guid userId, string role, string algorithm = "HS256", string key = ClawithAppFactory.SecretKey, TimeSpan? lifetime = null)
    {
        var signingInput = $"{Encode(new { alg = algorithm, typ = "JWT" })}.{Encode(Claims(userId, role, lifetime))}";
        return $"{signingInput}.{Base64Url(Sign(algorithm, key, Encoding.ASCII.GetBytes(signingInput)))}";
    }

    /// <summary>
    /// An HS256 token with the given header and claims as they are, for shapes Clawith never sends (an
    /// exp as a string, a crit header, an issuer): <paramref name="change"/> edits the usual header and claims.
    /// </summary>
    public static string Shaped(Guid userId, Action<Dictionary<string, object>, Dictionary<string, object>> change, string key = ClawithAppFactory.SecretKey)
    {
        var header = new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" };
        var claims = Claims(userId, "member", null);
        change(header, claims);
        var signingInput = $"{Encode(header)}.{Encode(claims)}";
        return $"{signingInput}.{Base64Url(Sign("HS256", key, Encoding.ASCII.GetBytes(signingInput)))}";
    }

    /// <summary>alg "none": no signature at all.</summary>
    public static string Unsigned(Guid userId, string role) =>
        $"{Encode(new { alg = "none", typ = "JWT" })}.{Encode(Claims(userId, role, null))}.";

    private static Dictionary<string, object> Claims(Guid userId, string role, TimeSpan? lifetime) => new()
    {
        ["sub"] = userId.ToString(),
        ["role"] = role,
        ["exp"] = DateTimeOffset.UtcNow.Add(lifetime ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
    };

    private static byte[] Sign(string algorithm, string key, byte[] data)
    {
        var secret = Encoding.UTF8.GetBytes(key);
        return algorithm switch
        {
            "HS256" => HMACSHA256.HashData(secret, data),
            "HS384" => HMACSHA384.HashData(secret, data),
            "HS512" => HMACSHA512.HashData(secret, data),
            "RS256" => SignWithFreshRsaKey(data),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "No signer for this algorithm."),
        };
    }

    private static byte[] SignWithFreshRsaKey(byte[] data)
    {
        using var rsa = RSA.Create(2048);
        return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static string Encode(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
