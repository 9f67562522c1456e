using Clawith.Graph.Data;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Resilience;
using Clawith.Graph.Tests.Sessions.Mutations;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Messages.Sending;

/// <summary>
/// What sendMessage costs the database inside its transaction, which holds the session's lock (and on
/// SQLite the file's): lock and read the session, read its newest message's time and the sender's
/// participant, insert and move last_message_at; no savepoint. A refusal opens no transaction at all.
/// </summary>
public sealed class SendMessageRoundTripTests
{
    [Fact]
    public async Task A_message_is_stored_in_one_transaction_of_few_round_trips_and_no_savepoint()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        var census = new TransactionCensus();
        await using var server = world.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IInterceptor>(census)));

        var response = await SoakWorld.SignedIn(world, server, TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Hi.");

        PayloadAssert.Succeeded(response, SendMessageCalls.Mutation);
        Assert.Equal(1, census.Transactions);
        Assert.Equal(0, census.Savepoints);
        // PostgreSQL: the lock, the read, then the insert and the update in one batch. SQLite sends the two
        // writes one by one, in process.
        Assert.Equal(TestDatabase.Provider == DatabaseProvider.Sqlite ? 4 : 3, census.Commands);
    }

    [Fact]
    public async Task A_refused_message_opens_no_transaction()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        var census = new TransactionCensus();
        await using var server = world.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IInterceptor>(census)));

        var response = await SoakWorld.SignedIn(world, server, TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorFeishu, "Hi.");

        Assert.Null(response.ShouldSucceed().Data![SendMessageCalls.Mutation]!["message"]);
        Assert.Equal(0, census.Transactions);
    }
}
