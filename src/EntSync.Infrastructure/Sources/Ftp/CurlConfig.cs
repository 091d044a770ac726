namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// The curl config given on standard input (<c>-K -</c>): the credentials travel there, never on the command line,
/// which every user of the machine can read.
/// </summary>
internal static class CurlConfig
{
    public static string Credentials(string user, string password) => $"user = \"{Quote(user)}:{Quote(password)}\"\n";

    /// <summary>curl's config syntax: inside double quotes, backslash escapes (\\, \", \n, \r, \t).</summary>
    internal static string Quote(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal);
}
