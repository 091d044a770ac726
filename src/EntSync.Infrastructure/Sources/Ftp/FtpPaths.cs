using System.Globalization;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// Remote paths and the ftp:// URLs both clients use. In a URL an absolute path starts with %2F (RFC 1738: the first
/// '/' only separates the host), and every segment is percent-encoded, so names with spaces, '#', '%', '?', quotes or
/// accents (UTF-8) reach the server as they are.
/// </summary>
internal static class FtpPaths
{
    public static string Folder(string chemin)
    {
        var folder = chemin.Trim().Replace('\\', '/');
        return folder.Length > 1 ? folder.TrimEnd('/') : folder;
    }

    public static string Combine(string folder, string name) => folder switch
    {
        "" => name,
        "/" => "/" + name,
        _ => folder + "/" + name,
    };

    public static string Url(FtpEndpoint endpoint, string path, bool folder)
    {
        var host = endpoint.Host.Contains(':') && !endpoint.Host.StartsWith('[') ? $"[{endpoint.Host}]" : endpoint.Host;
        var absolute = path.StartsWith('/');
        var encoded = string.Join('/', path.TrimStart('/').Split('/').Select(Uri.EscapeDataString));
        if (absolute) encoded = "%2F" + encoded;
        if (folder && encoded.Length > 0 && encoded != "%2F" && !encoded.EndsWith('/')) encoded += "/";
        return string.Create(CultureInfo.InvariantCulture, $"ftp://{host}:{endpoint.Port}/{encoded}");
    }

    /// <summary>A name the FTP command line cannot carry (a line break would start another command).</summary>
    public static bool IsUsable(string name) => name.Length > 0 && name.IndexOfAny(['\r', '\n', '\0', '/']) < 0 && name is not "." and not "..";
}
