using System.Net.Http.Headers;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// POSTs the file to a URL: as a multipart form (field <c>champ</c>, as entcore's upload route takes it) or as the raw
/// body. The URL may carry a token ("{secret:NOM}"), shown masked.
/// </summary>
internal sealed class HttpRelayDestination(DestinationOptions options) : IRelayDestination, IRelayDestinationProbe, IDisposable
{
    private readonly RelayHttp _http = new(options);

    public string Name => options.Nom;

    public string Display => _http.Mask.Apply(options.Url);

    public async Task<DeliveryResult> DeliverAsync(RelayPayload payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.ResolvedUrl) { Content = Body(payload) };
        var (response, failure) = await _http.SendAsync(request, cancellationToken);
        if (failure is not null) return failure;
        using (response) return await _http.ClassifyAsync(response!, cancellationToken);
    }

    /// <summary>A HEAD on the URL: any answer means reachable (an upload route often says 404 or 405 to a HEAD), except 401/403.</summary>
    public async Task<RelayProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, options.ResolvedUrl);
        var (response, failure) = await RelayHttpProbe.SendAsync(_http, request, cancellationToken);
        if (failure is not null) return failure;
        using (response)
        {
            var status = (int)response!.StatusCode;
            return status is 401 or 403 ? RelayHttpProbe.Refused(status) : RelayProbeResult.Ok($"serveur joignable (HTTP {status} à une requête sans fichier)");
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpContent Body(RelayPayload payload)
    {
        var file = ContentTypes.File(payload.Path, payload.RemoteName);
        if (options.Corps == "brut")
        {
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = payload.RemoteName };
            return file;
        }

        return new MultipartFormDataContent { { file, options.Champ, payload.RemoteName } };
    }
}
