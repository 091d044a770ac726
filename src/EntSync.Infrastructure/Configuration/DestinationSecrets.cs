using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// After the generic "secret:NOM" pass: resolves "{secret:NOM}" inside a destination's URL (a token in its path or
/// query) and remembers every secret value a destination uses (password, token, header values, URL secrets), so the
/// relay masks them wherever it prints, logs or stores something. The URL as written, placeholders included, is what
/// gets shown.
/// </summary>
internal static partial class DestinationSecrets
{
    public static void Resolve(IReadOnlyList<DestinationOptions> destinations, string dataDirectory, ConfigPlatform platform, ConfigProblems problems)
    {
        for (var i = 0; i < destinations.Count; i++)
        {
            var d = destinations[i];
            d.SecretValues = [];
            Remember(d, d.MotDePasse);
            Remember(d, d.Jeton);
            // Header values are masked whatever they hold: most extra headers carry a key.
            foreach (var header in d.Entetes) Remember(d, header.Valeur);

            var urlPath = ConfigPath.Key(ConfigPath.Index("destinations", i), "url");
            d.ResolvedUrl = UrlSecret().Replace(d.Url, m =>
            {
                var secret = SecretResolver.Lookup(m.Groups[1].Value, urlPath, dataDirectory, platform, problems);
                if (secret is null) return m.Value;
                Remember(d, secret);
                return Uri.EscapeDataString(secret);
            });
        }
    }

    // Very short values would mask ordinary words of an answer; a still unresolved "secret:NOM" is not a secret.
    private static void Remember(DestinationOptions destination, string secret)
    {
        if (secret.Length < 4 || secret.StartsWith(SecretResolver.Marker, StringComparison.Ordinal)) return;
        destination.SecretValues.Add(secret);
        var escaped = Uri.EscapeDataString(secret);
        if (escaped != secret) destination.SecretValues.Add(escaped);
    }

    [GeneratedRegex(@"\{secret:([^{}]*)\}")]
    private static partial Regex UrlSecret();
}
