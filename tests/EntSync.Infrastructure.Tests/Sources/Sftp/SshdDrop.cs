using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Remote;
using EntSync.Infrastructure.Sources.Sftp;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

/// <summary>
/// A fresh folder of the test sshd's drop for one test (tests run in parallel), seen locally and through sftp, plus a
/// private work folder for the source's local copies. The folder is open to all (0777) so the sftp account can move
/// and delete what the test (often root) writes there.
/// </summary>
internal sealed class SshdDrop : IDisposable
{
    private const UnixFileMode OpenToAll = (UnixFileMode)0b111_111_111;
    private readonly TemporaryFolder work = new();

    public SshdDrop()
    {
        var id = $"t-{Guid.NewGuid():N}"[..14];
        LocalPath = Path.Combine(TestServers.Get("SSHD_DROP"), id);
        RemotePath = $"{TestServers.Get("SSHD_DROP_REMOTE")}/{id}";
        Directory.CreateDirectory(LocalPath);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(LocalPath, OpenToAll);
    }

    public static int Port => TestServers.GetInt("SSHD_PORT");

    /// <summary>The host key line without its host part: "ssh-ed25519 AAAA…".</summary>
    public static HostKeyLine HostKey => HostKeyLine.TryParse(TestServers.Get("SSHD_HOST_KEY_LINE"))!;

    public string LocalPath { get; }

    public string RemotePath { get; }

    public string WorkFolder => work.Combine("telechargements");

    public string Local(params string[] parts) => Path.Combine([LocalPath, .. parts]);

    public SourceOptions Options(string motif = "*", string apresTraitement = "deplacer", int stabiliteSecondes = 0) => new()
    {
        Nom = "sftp-test", Type = "sftp", Hote = "127.0.0.1", Port = Port, Utilisateur = TestServers.Get("SSHD_USER"),
        ClePrivee = TestServers.Get("SSHD_KEY"), CleHote = TestServers.Get("SSHD_HOST_KEY_LINE"), Chemin = RemotePath,
        Motif = motif, ApresTraitement = apresTraitement, StabiliteSecondes = stabiliteSecondes, DelaiSecondes = 30,
    };

    /// <summary>The source as the service builds it, with fast retries (no wait between attempts).</summary>
    public SftpSource Source(SourceOptions options, TimeProvider? time = null, IProcessRunner? runner = null, int attempts = 2) =>
        SftpSources.Create(options, WorkFolder, runner ?? new ExternalProcessRunner(), time ?? TimeProvider.System,
            retry: new TransientRetry(attempts, TimeSpan.Zero, TimeProvider.System));

    /// <summary>Local copies (complete or partial) left in the work folder.</summary>
    public string[] LocalCopies() => Directory.Exists(WorkFolder) ? Directory.GetFiles(WorkFolder, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(LocalPath, recursive: true);
        }
        catch (IOException)
        {
            // The server may still be closing a file; the next start of the servers wipes the drop.
        }

        work.Dispose();
    }
}
