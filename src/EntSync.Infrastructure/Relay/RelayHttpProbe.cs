namespace EntSync.Infrastructure.Relay;

/// <summary>
/// The HTTP side of the http and webdav probes: one request without a file (HEAD, PROPFIND) with the destination's
/// authentication, proxy and CA file, and what its answer means for a delivery.
/// </summary>
internal static class RelayHttpProbe
{
    public const string AuthFix = "Vérifiez utilisateur, motDePasse ou jeton (leurs secrets) et les droits du compte sur l'ENT, puis relancez entsync diagnostic.";
    public const string ConnectionFix = "Vérifiez l'adresse, le réseau, le proxy (proxy) et, pour un certificat refusé, le certificat de l'autorité (fichierAc).";

    /// <summary>Null with the response when the server answered; otherwise the failure as a probe result.</summary>
    public static async Task<(HttpResponseMessage? Response, RelayProbeResult? Failure)> SendAsync(RelayHttp http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (response, failure) = await http.SendAsync(request, cancellationToken);
        return failure is null ? (response, null) : (null, RelayProbeResult.From(failure, ConnectionFix));
    }

    public static RelayProbeResult Refused(int status) =>
        RelayProbeResult.Failure($"serveur joignable mais accès refusé (HTTP {status})", AuthFix);
}
