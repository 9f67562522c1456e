using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// The built server (Clawith.Graph.dll under <c>dotnet</c>) as a process of its own on a loopback port,
/// over a test app's database and with its signing key: what its memory holds is the server's alone,
/// not the test runner's or another test's.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ClawithAppFactory _app;

    private ServerProcess(Process process, ClawithAppFactory app, Uri address)
    {
        _process = process;
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Starts the server on <paramref name="app"/>'s database and waits until /healthz answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(ClawithAppFactory app, params (string Key, string Value)[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Clawith.Graph.dll"), "--urls", address.ToString() },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        environment["ConnectionStrings__Clawith"] = app.DatabaseConnectionString;
        environment["Database__Provider"] = TestDatabase.Provider.ToString();
        environment["Database__CreateSchema"] = "false";
        environment["Database__SeedDemoData"] = "false";
        environment["Jwt__SecretKey"] = ClawithAppFactory.SecretKey;
        environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        // Drained so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, app, address);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>A client of this server sending a real token for <paramref name="userId"/>, with no deadline of its own.</summary>
    public HttpClient As(Guid userId)
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _app.TokenFor(userId));
        return http;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var giveUp = DateTime.UtcNow + StartDeadline;
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server process exited with {_process.ExitCode} before it answered.");
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time.
            }
            if (DateTime.UtcNow > giveUp)
                throw new TimeoutException($"The server process did not answer /healthz within {StartDeadline.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
