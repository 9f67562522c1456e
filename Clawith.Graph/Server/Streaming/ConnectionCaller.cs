using System.Net;
using System.Security.Claims;
using Clawith.Graph.Auth;
using Clawith.Graph.Live;
using Clawith.Graph.Server.WebSockets;

namespace Clawith.Graph.Server.Streaming;

/// <summary>
/// Whom a connection acts for, asked again for each operation, event and ping: anonymous, or the user its
/// token names as the database has them now (<see cref="CallerRows"/>: a row at most
/// <c>GraphQL:WebSockets:CallerMaxAge</c> old). The token only says who; the row says whether and as what.
/// A user found deactivated or deleted closes the connection (4403 on a WebSocket).
/// </summary>
public sealed class ConnectionCaller : IEventSubscriber
{
    private readonly ClaimsPrincipal? _token;
    private readonly CallerRows _rows;
    private readonly StreamSession _session;

    private ConnectionCaller(ClaimsPrincipal? token, string key, CallerRows rows, StreamSession session)
    {
        _token = token;
        Key = key;
        _rows = rows;
        _session = session;
    }

    /// <summary>The user (<c>user:&lt;id&gt;</c>) or, anonymous, the remote address (<c>address:&lt;ip&gt;</c>): whose quotas and pool share the connection uses.</summary>
    public string Key { get; }

    public static ConnectionCaller Anonymous(IPAddress? remote, CallerRows rows, StreamSession session) =>
        new(null, $"address:{remote?.ToString() ?? "unknown"}", rows, session);

    public static ConnectionCaller Of(ClaimsPrincipal token, Guid userId, CallerRows rows, StreamSession session) =>
        new(token, $"user:{userId}", rows, session);

    /// <summary>The caller now; null when the user is gone or inactive, and the connection is then closing with 4403.</summary>
    public async Task<ClaimsPrincipal?> CallerAsync(CancellationToken cancellationToken)
    {
        if (_token is null)
            return ConnectionAuthenticator.Anonymous;
        var caller = await _rows.CallerAsync(_token, cancellationToken);
        if (caller is null)
            _session.Close(CloseReason.UserRevoked);
        return caller;
    }
}
