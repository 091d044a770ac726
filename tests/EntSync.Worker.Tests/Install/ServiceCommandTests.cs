using EntSync.Infrastructure.Processes;
using EntSync.Worker.Cli.Install;
using EntSync.Worker.Install.Linux;
using EntSync.Worker.Tests.Cli;
using EntSync.Worker.Tests.Support;
using NSubstitute;

namespace EntSync.Worker.Tests.Install;

public sealed class ServiceCommandTests
{
    private static (int Exit, string Output, string Error) Run(bool systemd, params string[] args)
    {
        var runner = Substitute.For<IProcessRunner>();
        var command = new ServiceCommand(runner, LinuxLayout.Default, AppContext.BaseDirectory, () => systemd);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = command.Run(args, output, error);
        runner.DidNotReceiveWithAnyArgs().RunAsync(default!, default);
        return (exit, output.ToString(), error.ToString());
    }

    [UnixFact]
    public void Install_DryRun_PrintsEveryStepInFrenchAndDoesNothing()
    {
        var (exit, output, _) = Run(systemd: true, "install", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("rien n'est fait", output);
        Assert.Contains("Utilisateur système entsync", output);
        Assert.Contains("Dossier /var/lib/entsync : propriétaire entsync:entsync, droits 0700.", output);
        Assert.Contains("Dossier /var/log/entsync : propriétaire entsync:entsync, droits 0750.", output);
        Assert.Contains("/etc/entsync/entsync.json", output);
        Assert.Contains("ReadWritePaths=/var/lib/entsync /var/log/entsync", output);
        Assert.Contains("systemctl enable entsync.service", output);
        Assert.DoesNotContain("systemd n'est pas actif", output);
    }

    [UnixFact]
    public void Install_DryRunWithoutSystemd_SaysTheRealInstallWouldBeRefused()
    {
        var (exit, output, _) = Run(systemd: false, "install", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("systemd n'est pas actif", output);
    }

    [RootFact]
    public void Install_WithoutSystemd_RefusesClearlyAndDoesNothing()
    {
        var (exit, output, error) = Run(systemd: false, "install");

        Assert.Equal(2, exit);
        Assert.Contains("systemd n'est pas actif sur cette machine", error);
        Assert.Equal("", output);
    }

    [UnixFact]
    public void Uninstall_DryRun_SaysWhatIsKept()
    {
        var (exit, output, _) = Run(systemd: true, "uninstall", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("Suppression de /opt/entsync.", output);
        Assert.DoesNotContain("Suppression de /var/lib/entsync.", output);
        Assert.Contains("Gardés : /etc/entsync, /var/lib/entsync, /var/log/entsync", output);
    }

    [Theory]
    [InlineData("service")]
    [InlineData("service", "start")]
    [InlineData("service", "install", "--remove-data")]
    [InlineData("service", "install", "--force")]
    public void Run_BadUsage_Is64(params string[] args) => Assert.Equal(64, CliRunner.Run(args).Exit);
}
