using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Auth;

public static class ClawithSigningKey
{
    private const int MinimumBytes = 32;

    /// <summary>
    /// The HMAC key for Clawith's secret. Microsoft.IdentityModel refuses HS256 keys under 256 bits,
    /// but Clawith's may be shorter. HMAC pads any key shorter than the hash block (64 bytes) with
    /// zero bytes, so padding it ourselves to 32 bytes yields exactly the same signatures.
    /// </summary>
    public static SymmetricSecurityKey Create(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        if (bytes.Length < MinimumBytes)
            Array.Resize(ref bytes, MinimumBytes);
        return new SymmetricSecurityKey(bytes);
    }
}
