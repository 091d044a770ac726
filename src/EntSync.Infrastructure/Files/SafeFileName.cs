using System.Text;

namespace EntSync.Infrastructure.Files;

/// <summary>
/// Makes a dropped file's name safe to use inside our folders while keeping it readable: spaces, accents, quotes and a
/// leading '-' stay; path separators, control characters, characters the platform refuses and runs of dots go.
/// </summary>
internal static class SafeFileName
{
    // Leaves room for the time stamp and a collision counter under the usual 255-character limit.
    private const int MaxLength = 180;
    private const string Fallback = "fichier";

    private static readonly HashSet<char> Refused = [.. Path.GetInvalidFileNameChars(), '/', '\\'];

    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c == '.' && builder.Length > 0 && builder[^1] == '.')
            {
                continue;
            }

            builder.Append(char.IsControl(c) || Refused.Contains(c) ? '_' : c);
        }

        // Leading dots hide a file (and "." / ".." mean folders); Windows drops trailing dots and spaces itself.
        var safe = builder.ToString().Trim().TrimStart('.').TrimEnd('.', ' ');
        if (safe.Length == 0)
        {
            return Fallback;
        }

        return safe.Length <= MaxLength ? safe : Shorten(safe);
    }

    private static string Shorten(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 20)
        {
            extension = "";
        }

        var cut = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[cut - 1]))
        {
            cut--;
        }

        return name[..cut].TrimEnd('.', ' ') + extension;
    }
}
