using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// Hides a destination's secrets (password, token, header values, secrets inside its URL) in any text the relay prints,
/// logs or stores, and in every URL of that text the parts that usually carry one: the query's values and a password
/// before the host.
/// </summary>
internal sealed partial class SecretMask(IEnumerable<string> secrets)
{
    public const string Hidden = "***";

    // Longest first, so a secret containing another is hidden whole.
    private readonly IReadOnlyList<string> _secrets = secrets.Where(s => s.Length > 0).Distinct().OrderByDescending(s => s.Length).ToList();

    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        foreach (var secret in _secrets) text = text.Replace(secret, Hidden, StringComparison.Ordinal);
        return Urls().Replace(text, m => MaskUrl(m.Value));
    }

    private static string MaskUrl(string url)
    {
        url = UrlPassword().Replace(url, "$1" + Hidden + "@");
        var query = url.IndexOf('?');
        return query < 0 ? url : url[..(query + 1)] + QueryValue().Replace(url[(query + 1)..], m => m.Groups[1].Value + Hidden);
    }

    [GeneratedRegex(@"https?://[^\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex Urls();

    [GeneratedRegex(@"^(https?://[^/@]+?:)[^/@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"([^=&#]+=)[^&#]*")]
    private static partial Regex QueryValue();
}
