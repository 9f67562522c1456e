using System.Security.Claims;
using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// The caller rows behind every WebSocket check: however many connections, events and pings ask, a user
/// is read once per max age, and a change to the row is seen once the row read before it is that old.
/// </summary>
public sealed class CallerRowsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private ClawithAppFactory _app = null!;
    private CallerRows _rows = null!;

    public async Task InitializeAsync()
    {
        _app = await ClawithAppFactory.CreateAsync();
        _rows = new CallerRows(_app.Services.GetRequiredService<IServiceScopeFactory>(), _clock, TimeSpan.FromSeconds(1));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Many_askers_at_once_share_one_read_of_the_user()
    {
        var token = TokenOf(TestWorld.OrgAdmin);
        _app.Sql.Reset();

        var callers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _rows.CallerAsync(token, CancellationToken.None)));

        Assert.Equal(1, UserReads());
        Assert.All(callers, caller => Assert.Equal(UserRole.OrgAdmin, CurrentUser.From(caller)!.Role));
    }

    [Fact]
    public async Task A_change_to_the_user_is_seen_once_the_row_read_before_it_reaches_its_age()
    {
        var token = TokenOf(TestWorld.Creator);
        Assert.NotNull(await _rows.CallerAsync(token, CancellationToken.None));

        await AccessChanges.DeactivateAsync(_app, TestWorld.Creator);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        var withinTheSecond = await _rows.CallerAsync(token, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var past = await _rows.CallerAsync(token, CancellationToken.None);

        Assert.NotNull(withinTheSecond);
        Assert.Null(past);
    }

    private int UserReads() => _app.Sql.Commands.Count(command => command.Contains("FROM \"users\""));

    /// <summary>What a validated token says: whose it is, and nothing the rows should believe beyond that.</summary>
    private static ClaimsPrincipal TokenOf(Guid userId) => new(new ClaimsIdentity([new Claim(ClawithClaims.Subject, userId.ToString())]));

    /// <summary>A clock that moves only when told, so a row's age is exact.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
