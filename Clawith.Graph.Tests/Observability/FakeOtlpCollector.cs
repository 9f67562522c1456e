using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Observability;

/// <summary>An OTLP/HTTP collector on a free loopback port that only records what is posted to it.</summary>
public sealed class FakeOtlpCollector(WebApplication collector, Uri address, Recorded<OtlpPost> posts) : IAsyncDisposable
{
    public Uri Address => address;

    public Recorded<OtlpPost> Posts => posts;

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var posts = new Recorded<OtlpPost>();
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            posts.Add(new OtlpPost(signal, request.ContentType, body.Length));
            // An empty export response: everything accepted.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeOtlpCollector(app, new Uri(address), posts);
    }

    public async ValueTask DisposeAsync() => await collector.DisposeAsync();
}

public sealed record OtlpPost(string Signal, string? ContentType, long Length);
