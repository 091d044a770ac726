using EntSync.Infrastructure.Processes;
using EntSync.Worker.Operations;
using EntSync.Worker.Tests.Cli;
using NSubstitute;

namespace EntSync.Worker.Tests.Operations;

public sealed class ServiceStateProbeTests
{
    private static IProcessRunner Answering(int exit, string output)
    {
        var runner = Substitute.For<IProcessRunner>();
        runner.RunAsync(Arg.Any<ProcessRequest>(), Arg.Any<CancellationToken>()).Returns(new ProcessResult(exit, output, "", TimedOut: false));
        return runner;
    }

    [Theory]
    [InlineData(0, "active\n", "actif (systemd)")]
    [InlineData(3, "failed\n", "en échec (systemd) : voir journalctl -u entsync")]
    [InlineData(3, "inactive\n", "arrêté ou non installé (systemd)")]
    public void Describe_Systemd_TranslatesIsActive(int exit, string output, string expected)
    {
        var runner = Answering(exit, output);

        Assert.Equal(expected, new ServiceStateProbe(runner, isWindows: false, systemdRunning: true).Describe());
        runner.Received(1).RunAsync(Arg.Is<ProcessRequest>(r => r.FileName == "systemctl" && r.Arguments.SequenceEqual(new[] { "is-active", "entsync.service" })), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(0, "SERVICE_NAME: EntSync\n        TYPE               : 10  WIN32_OWN_PROCESS\n        ÉTAT               : 4  RUNNING\n", "actif (service Windows)")]
    [InlineData(0, "        STATE              : 1  STOPPED\n", "arrêté (service Windows)")]
    [InlineData(1060, "[SC] EnumQueryServicesStatus:OpenService(s) ÉCHEC(S) 1060 :", "non installé (Windows)")]
    public void Describe_Windows_ReadsTheStateKeywordOfScQuery(int exit, string output, string expected)
    {
        Assert.Equal(expected, new ServiceStateProbe(Answering(exit, output), isWindows: true, systemdRunning: false).Describe());
    }

    [Fact]
    public void Describe_NoServiceManager_IsUnknownAndRunsNothing()
    {
        var runner = Substitute.For<IProcessRunner>();

        Assert.StartsWith("inconnu", new ServiceStateProbe(runner, isWindows: false, systemdRunning: false).Describe());
        runner.DidNotReceiveWithAnyArgs().RunAsync(default!, default);
    }

    [Fact]
    public void Status_PrintsTheVersionAndTheServiceStateEvenWithoutAConfiguration()
    {
        var (exit, output, _) = CliRunner.Run("status", "--config", "/nonexistent/entsync.json");

        Assert.Equal(2, exit);
        Assert.Matches(@"^EntSync \d+\.\d+\.\d+ – service : ", output);
    }
}
