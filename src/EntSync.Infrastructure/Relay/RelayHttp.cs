using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;

using EntSync.Infrastructure.Tls;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// The HTTP side shared by the http and webdav destinations: one client per destination (SocketsHttpHandler with the
/// configured proxy, TLS verified — against the CA file when one is given —, no automatic redirect), the
/// authentication and extra headers on each request, and the translation of answers and errors into a
/// <see cref="DeliveryResult"/> with the secrets masked.
/// </summary>
internal sealed class RelayHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly DestinationOptions _options;

    public RelayHttp(DestinationOptions options)
    {
        _options = options;
        Mask = new SecretMask(options.SecretValues.Concat([options.MotDePasse, options.Jeton]).Where(s => s.Length >= 4));
        var timeout = TimeSpan.FromSeconds(Math.Max(1, options.DelaiSecondes));
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = timeout < TimeSpan.FromSeconds(30) ? timeout : TimeSpan.FromSeconds(30),
            UseProxy = options.Proxy != "aucun",
            Proxy = options.Proxy is "systeme" or "aucun" ? null : new WebProxy(new Uri(options.Proxy)),
        };
        if (options.FichierAc.Length > 0) handler.SslOptions.RemoteCertificateValidationCallback = CaTrust.Validator(CaFile.Load(options.FichierAc));
        _client = new HttpClient(handler) { Timeout = timeout };
    }

    public SecretMask Mask { get; }

    /// <summary>Sends a request built with the destination's authentication and headers; errors become a result, never an exception.</summary>
    public async Task<(HttpResponseMessage? Response, DeliveryResult? Failure)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Authorize(request);
        try
        {
            return (await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken), null);
        }
        catch (Exception ex) when (ex is TaskCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return (null, DeliveryResult.Transient($"pas de réponse dans le délai de {_options.DelaiSecondes} s"));
        }
        catch (HttpRequestException ex)
        {
            return (null, DeliveryResult.Transient(Describe(ex)));
        }
        catch (IOException ex)
        {
            return (null, DeliveryResult.Transient($"fichier archivé illisible ou connexion coupée ({ex.GetType().Name})"));
        }
    }

    /// <summary>
    /// 2xx: accepted. entcore's 400 "timetable.import.exists" (an import is running), 408, 425, 429 and 5xx: try again.
    /// Anything else (other 4xx, a redirect — often to a login page —): refused, with the server's answer quoted.
    /// </summary>
    public async Task<DeliveryResult> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var answer = await ExcerptAsync(response, cancellationToken);
        if (status is >= 200 and < 300) return DeliveryResult.Accepted(status, answer.Length == 0 ? null : answer);
        var quoted = answer.Length == 0 ? null : answer;
        if (status == 400 && answer.Contains("timetable.import.exists", StringComparison.OrdinalIgnoreCase))
        {
            return DeliveryResult.Transient("un import est déjà en cours dans l'ENT", status, quoted);
        }

        if (status is 408 or 425 or 429 or >= 500) return DeliveryResult.Transient("le serveur est indisponible ou occupé", status, quoted);
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location is { } l ? $" vers {Mask.Apply(l.ToString())}" : "";
            return DeliveryResult.Refused($"redirection{location} (page de connexion ? vérifiez l'adresse et l'authentification)", status, quoted);
        }

        return DeliveryResult.Refused(status is 401 or 403 ? "accès refusé : vérifiez le compte, le mot de passe ou le jeton" : "fichier refusé par le serveur", status, quoted);
    }

    public void Dispose() => _client.Dispose();

    private void Authorize(HttpRequestMessage request)
    {
        switch (_options.Authentification)
        {
            case "basic":
                var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Utilisateur}:{_options.MotDePasse}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
                break;
            case "bearer":
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Jeton);
                break;
        }

        foreach (var header in _options.Entetes) request.Headers.TryAddWithoutValidation(header.Nom, header.Valeur);
    }

    /// <summary>The start of the answer on one line, tags and extra spaces removed, secrets masked, at most 300 characters.</summary>
    private async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        const int Shown = 300;
        var buffer = new char[4096];
        int read;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            read = await reader.ReadBlockAsync(buffer, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return "";
        }

        var text = System.Text.RegularExpressions.Regex.Replace(new string(buffer, 0, read), "<[^>]*>", " ");
        text = Mask.Apply(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return text.Length <= Shown ? text : text[..(Shown - 1)] + "…";
    }

    private string Describe(HttpRequestException ex)
    {
        if (ex.InnerException is AuthenticationException)
        {
            return "certificat TLS du serveur refusé (autorité inconnue, nom différent ou certificat expiré) : vérifiez fichierAc";
        }

        if (ex.InnerException is SocketException socket) return $"connexion impossible ({socket.SocketErrorCode})";
        return $"échec de la connexion : {Mask.Apply(ex.Message)}";
    }
}
