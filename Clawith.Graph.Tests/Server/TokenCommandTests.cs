using System.Text.RegularExpressions;
using Clawith.Graph.Auth;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// <c>token &lt;username|user-id&gt;</c> prints a development token the server accepts. The only tests of
/// this folder that touch the process-wide Console: they run one at a time within this class.
/// </summary>
public sealed partial class TokenCommandTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task A_username_gets_a_token_the_server_accepts_for_that_user()
    {
        var run = await RunAsync("token", "carla");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(TestWorld.Creator.ToString(), await MeIdWith(run.Token));
    }

    [Fact]
    public async Task A_user_id_gets_a_token_the_server_accepts_for_that_user()
    {
        var run = await RunAsync("token", TestWorld.OrgAdmin.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(TestWorld.OrgAdmin.ToString(), await MeIdWith(run.Token));
    }

    [Fact]
    public async Task A_user_without_a_username_is_found_by_id()
    {
        var run = await RunAsync("token", TestWorld.Nameless.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(TestWorld.Nameless.ToString(), await MeIdWith(run.Token));
    }

    [Fact]
    public async Task An_inactive_user_gets_a_warning_and_a_token_the_server_refuses()
    {
        var run = await RunAsync("token", "ivan");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("'ivan' is inactive", run.Error);
        var response = await app.Client().WithToken(run.Token).PostAsync("{ me { id } }");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("10000000-0000-4000-8000-000000000099")]
    public async Task An_unknown_user_exits_1_with_a_message_on_stderr(string who)
    {
        var run = await RunAsync("token", who);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"No user '{who}'", run.Error);
        Assert.DoesNotMatch(Jwt(), run.Output);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_wrong_argument_count_exits_2_with_the_usage(int argumentCount)
    {
        var run = await RunAsync(new[] { "token", "carla", "pete" }[..argumentCount]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Error);
        Assert.DoesNotMatch(Jwt(), run.Output);
    }

    private async Task<string?> MeIdWith(string token)
    {
        var response = await app.Client().WithToken(token).PostAsync("{ me { id } }");
        return (string?)response.ShouldSucceed().Data!["me"]!["id"];
    }

    /// <summary>
    /// Runs the command with Console.Out and Console.Error captured, then restores them. The writers are
    /// not disposed: a console logger built meanwhile elsewhere may still hold them.
    /// </summary>
    private async Task<CommandRun> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Synchronized(output));
        Console.SetError(TextWriter.Synchronized(error));
        try
        {
            var exitCode = await TokenCommand.RunAsync(app.Services, args);
            return new CommandRun(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    /// <summary>A compact JWS on a line of its own (other output may interleave while Console is captured).</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\r?$", RegexOptions.Multiline)]
    private static partial Regex Jwt();

    private sealed record CommandRun(int ExitCode, string Output, string Error)
    {
        public string Token => Assert.Single(Jwt().Matches(Output)).Value.TrimEnd('\r');
    }
}
