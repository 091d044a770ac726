using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// PUTs the file into a WebDAV folder (entcore's automatic UDT import watches one per depositing account). When the
/// folder is missing (404 or 409 on the PUT) it is created with MKCOL, parents first, then the PUT is made again.
/// </summary>
internal sealed class WebDavRelayDestination(DestinationOptions options) : IRelayDestination, IRelayDestinationProbe, IDisposable
{
    private const int MaxDepth = 8;
    private static readonly HttpMethod MkCol = new("MKCOL");
    private static readonly HttpMethod PropFind = new("PROPFIND");

    private readonly RelayHttp _http = new(options);

    public string Name => options.Nom;

    public string Display => _http.Mask.Apply(options.Url);

    public async Task<DeliveryResult> DeliverAsync(RelayPayload payload, CancellationToken cancellationToken)
    {
        var folder = Folder(options.ResolvedUrl);
        var target = new Uri(folder, Uri.EscapeDataString(payload.RemoteName));
        var result = await PutAsync(target, payload, cancellationToken);
        if (result.Outcome == DeliveryOutcome.Accepte || result.HttpStatus is not (404 or 409)) return result;

        var created = await CreateFolderAsync(folder, 0, cancellationToken);
        return created ?? await PutAsync(target, payload, cancellationToken);
    }

    /// <summary>PROPFIND Depth 0 on the folder: 207/200 it exists, 404 it will be created by the first delivery, 401/403 refused.</summary>
    public async Task<RelayProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(PropFind, Folder(options.ResolvedUrl));
        request.Headers.Add("Depth", "0");
        var (response, failure) = await RelayHttpProbe.SendAsync(_http, request, cancellationToken);
        if (failure is not null) return failure;
        using (response)
        {
            return (int)response!.StatusCode switch
            {
                200 or 207 => RelayProbeResult.Ok("dossier WebDAV joignable, compte accepté"),
                404 => RelayProbeResult.Warning("serveur joignable, compte accepté, le dossier n'existe pas encore",
                    "Rien à faire si l'adresse est la bonne : le dossier sera créé au premier envoi."),
                401 or 403 => RelayHttpProbe.Refused((int)response.StatusCode),
                var status => RelayProbeResult.Warning($"serveur joignable mais réponse inattendue à PROPFIND (HTTP {status})",
                    "Vérifiez que l'adresse (url) est bien celle d'un dossier WebDAV."),
            };
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<DeliveryResult> PutAsync(Uri target, RelayPayload payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, target) { Content = ContentTypes.File(payload.Path, payload.RemoteName) };
        var (response, failure) = await _http.SendAsync(request, cancellationToken);
        if (failure is not null) return failure;
        using (response) return await _http.ClassifyAsync(response!, cancellationToken);
    }

    /// <summary>Null once the folder exists (created now, or already there: 405); otherwise why it could not be created.</summary>
    private async Task<DeliveryResult?> CreateFolderAsync(Uri folder, int depth, CancellationToken cancellationToken)
    {
        var result = await MkColAsync(folder, cancellationToken);
        if (result.Outcome == DeliveryOutcome.Accepte || result.HttpStatus == 405) return null;
        if (result.HttpStatus != 409 || depth >= MaxDepth || folder.AbsolutePath == "/") return result;

        // 409: the parent is missing too.
        var parent = await CreateFolderAsync(new Uri(folder, ".."), depth + 1, cancellationToken);
        if (parent is not null) return parent;
        result = await MkColAsync(folder, cancellationToken);
        return result.Outcome == DeliveryOutcome.Accepte || result.HttpStatus == 405 ? null : result;
    }

    private async Task<DeliveryResult> MkColAsync(Uri folder, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(MkCol, folder);
        var (response, failure) = await _http.SendAsync(request, cancellationToken);
        if (failure is not null) return failure;
        using (response) return await _http.ClassifyAsync(response!, cancellationToken);
    }

    private static Uri Folder(string url) => new(url.EndsWith('/') ? url : url + "/");
}
