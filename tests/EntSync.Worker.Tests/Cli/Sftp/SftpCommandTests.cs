using EntSync.Infrastructure.Processes;
using EntSync.Tests.Shared;
using EntSync.Worker.Cli;
using EntSync.Worker.Cli.Sftp;
using NSubstitute;

namespace EntSync.Worker.Tests.Cli.Sftp;

public sealed class SftpCommandTests : IDisposable
{
    private const string Key = "AAAAC3NzaC1lZDI1NTE5AAAAIFL0XHQAhoA+St1v4IccbYwakRU54/DtZeaobyaETG8H";
    private const string Fingerprint = "SHA256:HirQhbxuRWLxivfTTraNpJgh0kGkNjjAm84+AdNh0iw";
    private readonly IProcessRunner runner = Substitute.For<IProcessRunner>();
    private readonly string folder = Directory.CreateTempSubdirectory("entsync-trust-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit;
        try
        {
            exit = new SftpCommand(runner).Run(args, output, error);
        }
        catch (UsageException ex)
        {
            return (64, "", ex.Message);
        }

        return (exit, output.ToString(), error.ToString());
    }

    private void Scan(string stdout) =>
        runner.RunAsync(Arg.Any<ProcessRequest>(), Arg.Any<CancellationToken>()).Returns(new ProcessResult(0, stdout, "", false));

    [Fact]
    public void Trust_ServerAnswers_FingerprintsAndTheLineToPaste()
    {
        Scan($"# sftp.exemple.fr:2222 SSH-2.0-OpenSSH_9.2p1\n[sftp.exemple.fr]:2222 ssh-ed25519 {Key}\n");

        var (exit, output, _) = Run("trust", "sftp.exemple.fr:2222");

        Assert.Equal(0, exit);
        Assert.Contains($"{Fingerprint}  (ssh-ed25519)", output);
        Assert.Contains("Comparez ces empreintes avec celle que vous donne l'administrateur du serveur", output);
        Assert.Contains($"\"cleHote\": \"[sftp.exemple.fr]:2222 ssh-ed25519 {Key}\"", output);
        runner.Received(1).RunAsync(Arg.Is<ProcessRequest>(r =>
            r.FileName == "ssh-keyscan" && r.Arguments.SequenceEqual(new[] { "-p", "2222", "-T", "10", "--", "sftp.exemple.fr" })), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Trust_Write_ReplacesThisServersLinesAndKeepsTheOthers()
    {
        var file = Path.Combine(folder, "known_hosts");
        File.WriteAllText(file, $"autre.exemple.fr ssh-ed25519 {Key}\nsftp.exemple.fr ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE9sZCBrZXkgZm9yIHRoZSB0ZXN0cyBvbmx5IDEyMzQ1\n");
        Scan($"sftp.exemple.fr ssh-ed25519 {Key}\n");

        var (exit, output, _) = Run("trust", "sftp.exemple.fr", "--write", file);

        Assert.Equal(0, exit);
        Assert.Equal([$"autre.exemple.fr ssh-ed25519 {Key}", $"sftp.exemple.fr ssh-ed25519 {Key}"], File.ReadAllLines(file));
        Assert.Contains("1 ancienne(s) ligne(s) de ce serveur remplacée(s)", output);
        Assert.Contains($"\"cleHote\": \"{file}\"", output);
    }

    [Fact]
    public void Trust_NoKeyReceived_ExitTwoWithTheReason()
    {
        runner.RunAsync(Arg.Any<ProcessRequest>(), Arg.Any<CancellationToken>()).Returns(new ProcessResult(1, "", "", false));

        var (exit, _, error) = Run("trust", "127.0.0.1:2299");

        Assert.Equal(2, exit);
        Assert.Contains("Aucune clé reçue de 127.0.0.1:2299", error);
    }

    [Theory]
    [InlineData("sftp.exemple.fr:99999", "Port invalide")]
    [InlineData("-oProxyCommand=x", "Nom de serveur invalide")]
    [InlineData("sftp://sftp.exemple.fr", "Nom de serveur invalide")]
    public void Trust_BadAddress_BadUsage(string address, string fragment)
    {
        var (exit, _, error) = Run("trust", address);

        Assert.Equal(64, exit);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void Run_UnknownAction_BadUsage()
    {
        Assert.Equal(64, Run("accept", "x").Exit);
    }

    [Fact]
    public void CliApp_GeneralHelp_ListsTheVerb()
    {
        var (exit, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("sftp", output);
        Assert.Contains("trust", output);
    }

    [ServerFact("sshd")]
    public void Trust_RealServer_SameFingerprintAsSshKeygenAndAWorkingFile()
    {
        var file = Path.Combine(folder, "known_hosts");
        var port = TestServers.Get("SSHD_PORT");

        var (exit, output, _) = CliRunner.Run("sftp", "trust", $"127.0.0.1:{port}", "--write", file);

        Assert.Equal(0, exit);
        var keygen = new ExternalProcessRunner().RunAsync(new ProcessRequest("ssh-keygen", ["-lf", TestServers.Get("SSHD_KNOWN_HOSTS")], TimeSpan.FromSeconds(30)), CancellationToken.None).Result;
        var expected = keygen.StandardOutput.Split(' ')[1];
        Assert.StartsWith("SHA256:", expected);
        Assert.Contains(expected, output);
        Assert.Equal(File.ReadAllText(TestServers.Get("SSHD_KNOWN_HOSTS")).Trim(), File.ReadAllText(file).Trim());
    }
}
