using System.ComponentModel;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Sftp;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

/// <summary>How sftp's exit codes and messages become results and errors (the messages are OpenSSH 9.2's, verified against the test sshd).</summary>
public sealed class SftpBatchTests
{
    private const string Fingerprint = "SHA256:HirQhbxuRWLxivfTTraNpJgh0kGkNjjAm84+AdNh0iw";
    private readonly IProcessRunner runner = Substitute.For<IProcessRunner>();
    private readonly SftpEndpoint endpoint = new("sftp.exemple.fr", 2222, "depot", "/etc/entsync/cle", "/var/lib/entsync/hotes", TimeSpan.FromSeconds(30));

    private SftpBatch Batch() => new(endpoint, runner);

    private void Returns(int exit, string stdout = "", string stderr = "", bool timedOut = false) =>
        runner.RunAsync(Arg.Is<ProcessRequest>(r => r.FileName == "sftp"), Arg.Any<CancellationToken>())
            .Returns(new ProcessResult(exit, stdout, stderr, timedOut));

    [Fact]
    public void Arguments_StrictPinnedKeyOnlyNoConfigNoAgent()
    {
        var arguments = string.Join(" ", Batch().Arguments());

        foreach (var expected in new[]
                 {
                     "-b - -F none -P 2222 -i /etc/entsync/cle", "IdentitiesOnly=yes", "IdentityAgent=none", "BatchMode=yes", "PasswordAuthentication=no",
                     "StrictHostKeyChecking=yes", "UpdateHostKeys=no", "UserKnownHostsFile=/var/lib/entsync/hotes", "GlobalKnownHostsFile=none",
                     "ConnectTimeout=30", "ServerAliveInterval=15", "User=depot",
                 })
        {
            Assert.Contains(expected, arguments);
        }

        Assert.EndsWith("sftp.exemple.fr", arguments);
    }

    [Fact]
    public void Arguments_KnownHostsPathWithASpace_Quoted()
    {
        var batch = new SftpBatch(endpoint with { KnownHostsFile = @"C:\Program Data\hotes" }, runner);

        Assert.Contains("UserKnownHostsFile=\"C:\\Program Data\\hotes\"", batch.Arguments());
    }

    [Fact]
    public async Task RunAsync_CommandsOnStandardInputWithAUtf8Locale()
    {
        Returns(0, "sftp> cd \"/depot\"\nsftp> ls -ln\n-rw-r--r--    ? 1 1 4 Nov 22 11:03 a.xml\n");

        var result = await Batch().RunAsync([SftpCommands.Cd("/depot"), SftpCommands.List()], CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["-rw-r--r--    ? 1 1 4 Nov 22 11:03 a.xml", ""], result.OutputOf(1));
        await runner.Received(1).RunAsync(Arg.Is<ProcessRequest>(r =>
            r.StandardInput == "cd \"/depot\"\nls -ln\n" && r.Timeout == TimeSpan.FromSeconds(30)
            && (OperatingSystem.IsWindows() || r.Environment["LC_ALL"] == "C.UTF-8")), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RunAsync_CommandRefused_ResultNamesWhichOne()
    {
        Returns(1, "sftp> cd \"/depot\"\nsftp> get \"./a.xml\" \"/tmp/x\"\n", "File \"/depot/./a.xml\" not found.\n");

        var result = await Batch().RunAsync(["cd \"/depot\"", "get \"./a.xml\" \"/tmp/x\""], CancellationToken.None);

        Assert.Equal(1, result.FailedCommand);
        Assert.Contains("not found", result.Error);
    }

    [Theory]
    [InlineData(255, "ssh: connect to host sftp.exemple.fr port 2222: Connection refused\r\nConnection closed\r\n", "connexion refusée")]
    [InlineData(255, "ssh: Could not resolve hostname sftp.exemple.fr: Name or service not known\r\nConnection closed\r\n", "nom de serveur introuvable")]
    [InlineData(255, "ssh: connect to host sftp.exemple.fr port 2222: Connection timed out\r\nConnection closed\r\n", "délai de connexion dépassé")]
    [InlineData(255, "kex_exchange_identification: read: Connection reset by peer\r\nConnection closed\r\n", "connexion interrompue")]
    [InlineData(1, "sftp> get \"./a.xml\"\nClient loop: send disconnect: Broken pipe\r\nConnection closed\r\n", "connexion interrompue")]
    public async Task RunAsync_ConnectionFailures_Transient(int exit, string stderr, string reason)
    {
        Returns(exit, stderr: stderr);

        var error = await Assert.ThrowsAsync<DropSourceException>(() => Batch().RunAsync(["ls"], CancellationToken.None));

        Assert.False(error.IsConfigurationError);
        Assert.Contains($"Serveur SFTP sftp.exemple.fr:2222 injoignable : {reason}", error.Message);
    }

    [Fact]
    public async Task RunAsync_TimedOut_TransientNamingTheDelay()
    {
        Returns(-1, timedOut: true);

        var error = await Assert.ThrowsAsync<DropSourceException>(() => Batch().RunAsync(["ls"], CancellationToken.None));

        Assert.False(error.IsConfigurationError);
        Assert.Contains("pas de réponse en 30 s (delaiSecondes)", error.Message);
    }

    [Theory]
    [InlineData("depot@sftp.exemple.fr: Permission denied (publickey).\r\nConnection closed\r\n", "refuse la connexion de « depot »")]
    [InlineData("Warning: Identity file /etc/entsync/cle not accessible: No such file or directory.\r\ndepot@sftp.exemple.fr: Permission denied (publickey).\r\n", "n'a pas pu être chargée")]
    [InlineData("@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\r\nPermissions 0644 for '/etc/entsync/cle' are too open.\r\n", "chmod 600 /etc/entsync/cle")]
    public async Task RunAsync_AuthenticationFailures_ConfigurationErrors(string stderr, string fragment)
    {
        Returns(255, stderr: stderr);

        var error = await Assert.ThrowsAsync<DropSourceException>(() => Batch().RunAsync(["ls"], CancellationToken.None));

        Assert.True(error.IsConfigurationError);
        Assert.Contains(fragment, error.Message);
    }

    [Fact]
    public async Task RunAsync_ChangedHostKey_ConfigurationErrorWithTheFingerprintSshPrinted()
    {
        Returns(255, stderr: "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\nThe fingerprint for the ED25519 key sent by the remote host is\r\n" +
                             $"{Fingerprint}.\r\nHost key verification failed.\r\nConnection closed\r\n");

        var error = await Assert.ThrowsAsync<DropSourceException>(() => Batch().RunAsync(["ls"], CancellationToken.None));

        Assert.True(error.IsConfigurationError);
        Assert.Contains("ne correspond plus à la clé épinglée", error.Message);
        Assert.Contains($"le serveur présente l'empreinte {Fingerprint}", error.Message);
        Assert.Contains("« entsync sftp trust sftp.exemple.fr:2222 »", error.Message);
        await runner.DidNotReceive().RunAsync(Arg.Is<ProcessRequest>(r => r.FileName == "ssh-keyscan"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RunAsync_UnknownHostKey_FingerprintTakenFromAScan()
    {
        Returns(255, stderr: "No ED25519 host key is known for [sftp.exemple.fr]:2222 and you have requested strict checking.\r\nHost key verification failed.\r\n");
        runner.RunAsync(Arg.Is<ProcessRequest>(r => r.FileName == "ssh-keyscan"), Arg.Any<CancellationToken>())
            .Returns(new ProcessResult(0, "[sftp.exemple.fr]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFL0XHQAhoA+St1v4IccbYwakRU54/DtZeaobyaETG8H\n", "", false));

        var error = await Assert.ThrowsAsync<DropSourceException>(() => Batch().RunAsync(["ls"], CancellationToken.None));

        Assert.True(error.IsConfigurationError);
        Assert.Contains("Aucune clé d'hôte épinglée (cleHote) ne correspond au serveur SFTP sftp.exemple.fr:2222", error.Message);
        Assert.Contains($"{Fingerprint} (ssh-ed25519)", error.Message);
    }

    [Fact]
    public async Task RunAsync_SftpNotInstalled_ConfigurationErrorSayingWhatToInstall()
    {
        runner.RunAsync(Arg.Any<ProcessRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new Win32Exception(2));

        var error = await Assert.ThrowsAsync<DropSourceException>(() => Batch().RunAsync(["ls"], CancellationToken.None));

        Assert.True(error.IsConfigurationError);
        Assert.Contains("openssh-client", error.Message);
    }
}
