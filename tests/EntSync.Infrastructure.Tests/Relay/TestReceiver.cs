using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>
/// An HTTP(S) endpoint on 127.0.0.1 (Kestrel, in-process, dynamic port) standing for an ENT's import URL: it records
/// every request (headers, raw body, the multipart file) and answers from a script (status and body), then 200.
/// </summary>
internal sealed class TestReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string Body, TimeSpan Delay)> _script = new();

    private TestReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TestReceiver> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null) listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        var receiver = new TestReceiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return receiver;
    }

    /// <summary>The next answers, in order; once used up, every request gets 200 "ok".</summary>
    public TestReceiver Answer(int status, string body = "", TimeSpan delay = default)
    {
        _script.Enqueue((status, body, delay));
        return this;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        string? field = null, fileName = null;
        byte[]? file = null;
        if (request.HasFormContentType)
        {
            buffer.Position = 0;
            request.Body = buffer;
            var form = await request.ReadFormAsync();
            var part = form.Files.FirstOrDefault();
            if (part is not null)
            {
                using var copy = new MemoryStream();
                await part.CopyToAsync(copy);
                (field, fileName, file) = (part.Name, part.FileName, copy.ToArray());
            }
        }

        Requests.Enqueue(new ReceivedRequest(request.Method, request.Path + request.QueryString, request.ContentType,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, field, fileName, file));

        var (status, answer, delay) = _script.TryDequeue(out var next) ? next : (200, "ok", TimeSpan.Zero);
        if (delay > TimeSpan.Zero) await Task.Delay(delay);
        context.Response.StatusCode = status;
        if (status is >= 300 and < 400) context.Response.Headers.Location = "https://ent.exemple.fr/auth/login?callback=%2Fimport";
        await context.Response.WriteAsync(answer);
    }
}

/// <summary>One request as the receiver got it.</summary>
internal sealed record ReceivedRequest(string Method, string PathAndQuery, string? ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body,
    string? Field, string? FileName, byte[]? File);
