using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;
using Clawith.Graph.Sessions;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Playground;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// The app on a real Kestrel loopback port (WebSockets need a real socket), over its own seeded
/// database, with its bus counted. Events are published as the app's writers will publish them. The bus
/// is one in process, unless <see cref="ThroughTheDatabase"/>: then the app's own (on PostgreSQL, NOTIFY).
/// </summary>
public class LiveServer : IAsyncLifetime
{
    private ClawithAppFactory _app = null!;
    private KestrelApp _server = null!;

    /// <summary>Settings for this server only, e.g. a short connection-init timeout.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>Whether events go through the app's own bus: on PostgreSQL, NOTIFY and this server's LISTEN.</summary>
    protected virtual bool ThroughTheDatabase => false;

    /// <summary>Services for this server only, added after the app's own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public CountingChatEvents Bus { get; private set; } = null!;

    public ClawithAppFactory App => _app;

    public async Task InitializeAsync()
    {
        _app = await ClawithAppFactory.CreateAsync();
        _server = KestrelApp.Start(_app, builder =>
        {
            foreach (var (key, value) in Settings)
                builder.UseSetting(key, value);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IChatEvents>(provider => new CountingChatEvents(
                    ThroughTheDatabase && provider.GetRequiredService<DatabaseLocation>().Provider == DatabaseProvider.Postgres
                        ? provider.GetRequiredService<PostgresChatEvents>()
                        : new InProcessChatEvents()));
                ConfigureServices(services);
            });
        });
        Bus = (CountingChatEvents)_server.Services.GetRequiredService<IChatEvents>();
    }

    /// <summary>Where the app listens: http://127.0.0.1:&lt;port&gt;/.</summary>
    public Uri Address => _server.Address;

    /// <summary>The Kestrel-served app's own services (its singletons are not the factory host's).</summary>
    public IServiceProvider Services => _server.Services;

    public string TokenFor(Guid userId, TimeSpan? lifetime = null) => _app.TokenFor(userId, lifetime);

    /// <summary>A client connected with graphql-transport-ws, not yet initialised.</summary>
    public Task<TransportClient> ConnectAsync() => ConnectWithAsync(["graphql-transport-ws"]);

    /// <summary>A client asking for these subprotocols (none at all when empty).</summary>
    public Task<TransportClient> ConnectWithAsync(string[] subprotocols) =>
        TransportClient.ConnectAsync(new Uri(_server.Address, "/graphql"), subprotocols);

    /// <summary>A client past connection_ack, as the user given (anonymous when null).</summary>
    public async Task<TransportClient> ConnectAsAsync(Guid? userId)
    {
        var client = await ConnectAsync();
        await client.InitAsync(userId is { } id ? new { Authorization = $"Bearer {TokenFor(id)}" } : null);
        return client;
    }

    public Task PublishAsync(ChatEvent chatEvent) => Bus.PublishAsync(chatEvent, CancellationToken.None);

    /// <summary>
    /// Stores a message in any session, then tells the bus as sendMessage does (which only owners may
    /// call: SendAndReceiveTests goes through it).
    /// </summary>
    public async Task<Guid> AddMessageAsync(Guid sessionId, string content)
    {
        await using var db = await _app.NewDbContextAsync();
        var session = await db.ChatSessions.FindAsync(sessionId) ?? throw new InvalidOperationException("No such session.");
        var before = await SessionChangeFacts.ReadAsync(db, session, CancellationToken.None);
        var message = new ChatMessage
        {
            Id = Guid.NewGuid(), AgentId = session.AgentId, UserId = session.UserId, Role = ChatRole.User, Content = content,
            ConversationId = session.ConversationId, CreatedAt = DateTime.UtcNow,
        };
        db.ChatMessages.Add(message);
        session.LastMessageAt = message.CreatedAt;
        await db.SaveChangesAsync();
        await PublishAsync(SessionChangeEvents.Session(ChatEventKind.MessageAdded, session,
            before.ListingsOf(session), before.With(message, session).ListingsOf(session), message.Id));
        return message.Id;
    }

    /// <summary>The event a writer publishes for a rename or a delete of the session as stored now (before the delete).</summary>
    public async Task<ChatEvent> EventOfAsync(Guid sessionId, ChatEventKind kind)
    {
        await using var db = await _app.NewDbContextAsync();
        var session = await db.ChatSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        var listed = (await SessionChangeFacts.ReadAsync(db, session, CancellationToken.None)).ListingsOf(session);
        return SessionChangeEvents.Session(kind, session, listed, kind == ChatEventKind.SessionDeleted ? ListedIn.Nowhere : listed);
    }

    /// <summary>Waits (generously) for the bus to have this many subscribers.</summary>
    public async Task WaitForSubscribersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Bus.Subscribers != count)
        {
            if (timeout.IsCancellationRequested)
                Assert.Fail($"The bus has {Bus.Subscribers} subscribers, not {count}.");
            await Task.Delay(20);
        }
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _app.DisposeAsync();
    }
}
