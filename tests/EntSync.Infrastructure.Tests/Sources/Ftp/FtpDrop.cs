using EntSync.Infrastructure.Configuration;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>
/// A fresh folder inside the vsftpd account's depot/ for one test: files are put and checked through the local file
/// system (<see cref="Local"/>), the source sees it as <see cref="Remote"/>. Deleted at the end.
/// </summary>
internal sealed class FtpDrop : IDisposable
{
    public FtpDrop()
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..12];
        Local = Path.Combine(TestServers.Get("FTP_DROP"), name);
        Remote = TestServers.Get("FTP_DROP_REMOTE") + "/" + name;
        Directory.CreateDirectory(Local);
        // The FTP account moves and deletes here; the test may run as another user (root on CI).
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Local, (UnixFileMode)0x1FF);
        Downloads = Path.Combine(Path.GetTempPath(), "entsync-ftp-dl-" + name);
    }

    public string Local { get; }

    public string Remote { get; }

    /// <summary>The source's local copies folder (must be empty once a file is done or given up).</summary>
    public string Downloads { get; }

    public static string Password => TestServers.Get("FTP_PASSWORD");

    public static int Port(bool strict) => TestServers.GetInt(strict ? "FTP_PORT_STRICT" : "FTP_PORT_LENIENT");

    public string Put(string name, string content)
    {
        var path = Path.Combine(Local, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Put(string name, byte[] content)
    {
        var path = Path.Combine(Local, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string[] Processed() =>
        Directory.Exists(Path.Combine(Local, "traites"))
            ? Directory.GetFiles(Path.Combine(Local, "traites")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray()
            : [];

    public string[] LeftDownloads() => Directory.Exists(Downloads) ? Directory.GetFiles(Downloads, "*", SearchOption.AllDirectories) : [];

    public SourceOptions Options(int port, string client, string apresTraitement = "deplacer", string chiffrement = "explicite", string motif = "*",
        int stabilite = 0, string? password = null, string? caFile = null) => new()
    {
        Nom = "depot-ftp",
        Type = "ftp",
        Hote = TestServers.Get("FTP_HOST"),
        Port = port,
        Utilisateur = TestServers.Get("FTP_USER"),
        MotDePasse = password ?? Password,
        Chemin = Remote,
        Motif = motif,
        ApresTraitement = apresTraitement,
        StabiliteSecondes = stabilite,
        Chiffrement = chiffrement,
        FichierAc = caFile ?? TestServers.Get("CA_FILE"),
        Client = client,
        DelaiSecondes = 10,
    };

    public void Dispose()
    {
        foreach (var folder in new[] { Local, Downloads })
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A server still closing a file; the test servers' folder is throw-away anyway.
            }
        }
    }
}
