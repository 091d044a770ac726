using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Files;

/// <summary>
/// The data directory's layout (DESIGN.md §5): inbox, archive, quarantine, rapports, outbox, logs, secrets, the state
/// database and the lock file that keeps to one sync at a time.
/// </summary>
internal sealed class DataDirectory
{
    // Owner only: the folders hold personal data of minors and the secrets store (DESIGN.md §7).
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public DataDirectory(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Archive => Path.Combine(Root, "archive");

    public string Quarantine => Path.Combine(Root, "quarantine");

    public string Rapports => Path.Combine(Root, "rapports");

    public string Outbox => Path.Combine(Root, "outbox");

    public string Logs => Path.Combine(Root, "logs");

    public string Secrets => Path.Combine(Root, "secrets");

    public string StateDb => Path.Combine(Root, "state.db");

    public string LockFile => Path.Combine(Root, "entsync.lock");

    /// <summary>
    /// The configured folder, relative to the configuration file's folder (DESIGN.md §5b), or the platform default
    /// when none is given.
    /// </summary>
    public static DataDirectory Resolve(DonneesOptions options, string configDirectory) =>
        new(string.IsNullOrWhiteSpace(options.Dossier)
            ? DefaultRoot()
            : Path.GetFullPath(options.Dossier, Path.GetFullPath(configDirectory)));

    public static string DefaultRoot() =>
        OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "EntSync")
            : "/var/lib/entsync";

    /// <summary>Creates the root and every sub-folder that is missing; existing folders keep their permissions.</summary>
    public DataDirectory EnsureCreated()
    {
        CreatePrivate(Root);
        foreach (var folder in new[] { Inbox, Archive, Quarantine, Rapports, Outbox, Logs })
        {
            Directory.CreateDirectory(folder);
        }

        CreatePrivate(Secrets);
        return this;
    }

    private static void CreatePrivate(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            // The installer sets the service account's ACL on Windows.
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnly);
        }
    }
}
