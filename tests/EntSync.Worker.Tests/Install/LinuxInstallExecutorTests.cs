using EntSync.Infrastructure.Processes;
using EntSync.Worker.Install.Linux;
using EntSync.Worker.Tests.Support;
using NSubstitute;

namespace EntSync.Worker.Tests.Install;

/// <summary>The real plan run below a temporary folder: file steps for real, programs (id, useradd, chown, systemctl) substituted.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LinuxInstallExecutorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entsync-install-").FullName;
    private readonly IProcessRunner _runner = Substitute.For<IProcessRunner>();
    private readonly List<string> _commands = [];

    public LinuxInstallExecutorTests()
    {
        Directory.CreateDirectory(Published);
        File.WriteAllText(Path.Combine(Published, "entsync"), "#!/bin/sh\n");
        File.SetUnixFileMode(Path.Combine(Published, "entsync"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(Path.Combine(Published, "config"));
        File.WriteAllText(Path.Combine(Published, "config", "entsync.production.json"), "{ \"modele\": true }");
        File.WriteAllText(Path.Combine(Published, "config", "entsync.schema.json"), "{}");
        _runner.RunAsync(Arg.Any<ProcessRequest>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var request = call.Arg<ProcessRequest>();
            _commands.Add($"{request.FileName} {string.Join(' ', request.Arguments)}");
            var missingUser = request.FileName == "id"; // the user does not exist yet: useradd must follow
            return new ProcessResult(missingUser ? 1 : 0, "", "", TimedOut: false);
        });
    }

    private string Published => Path.Combine(_root, "publie");

    private LinuxLayout Layout => LinuxLayout.Under(Path.Combine(_root, "systeme"), "entsync");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Execute(IEnumerable<InstallStep> steps) => new LinuxInstallExecutor(_runner, TextWriter.Null).Run(steps);

    [UnixFact]
    public void Run_Install_LaysOutProgramConfigurationDataLogsAndUnit()
    {
        Execute(LinuxInstallPlan.Install(Layout, Published));

        Assert.True(File.Exists(Layout.Executable));
        Assert.Equal(Modes.Public, File.GetUnixFileMode(Layout.Executable));
        Assert.Equal(Modes.FilePublic, File.GetUnixFileMode(Path.Combine(Layout.ProgramFolder, "config", "entsync.schema.json")));
        Assert.Equal(Layout.Executable, new FileInfo(Layout.CommandLink).LinkTarget);
        Assert.Equal("{ \"modele\": true }", File.ReadAllText(Layout.ConfigFile));
        Assert.Equal(Modes.FileGroupRead, File.GetUnixFileMode(Layout.ConfigFile));
        Assert.Equal(Modes.Private, File.GetUnixFileMode(Layout.DataFolder));
        Assert.Equal(Modes.GroupRead, File.GetUnixFileMode(Layout.LogsFolder));
        Assert.Contains($"ExecStart={Layout.Executable} run --config {Layout.ConfigFile}", File.ReadAllText(Layout.UnitFile));
        Assert.Contains("useradd --system --user-group --home-dir " + Layout.DataFolder + " --no-create-home --shell /usr/sbin/nologin entsync", _commands);
        Assert.Contains($"chown -- entsync:entsync {Layout.DataFolder}", _commands);
        Assert.Contains($"chown -- root:entsync {Layout.ConfigFile}", _commands);
        Assert.Equal("systemctl restart entsync.service", _commands[^1]);
    }

    [UnixFact]
    public void Run_InstallAgain_KeepsTheEditedConfigurationAndReplacesTheProgram()
    {
        Execute(LinuxInstallPlan.Install(Layout, Published));
        File.WriteAllText(Layout.ConfigFile, "{ \"modifiee\": true }");
        File.WriteAllText(Path.Combine(Layout.ProgramFolder, "ancien.dll"), "");
        File.WriteAllText(Path.Combine(Published, "entsync"), "#!/bin/sh\n# v2\n");

        Execute(LinuxInstallPlan.Install(Layout, Published));

        Assert.Equal("{ \"modifiee\": true }", File.ReadAllText(Layout.ConfigFile));
        Assert.Contains("v2", File.ReadAllText(Layout.Executable));
        Assert.False(File.Exists(Path.Combine(Layout.ProgramFolder, "ancien.dll")));
        Assert.False(Directory.Exists(Layout.ProgramFolder + ".ancien"));
    }

    [UnixFact]
    public void Run_UninstallWithoutRemoveData_RemovesTheProgramAndKeepsTheData()
    {
        Execute(LinuxInstallPlan.Install(Layout, Published));
        File.WriteAllText(Path.Combine(Layout.DataFolder, "state.db"), "");

        Execute(LinuxInstallPlan.Uninstall(Layout, removeData: false));

        Assert.False(Directory.Exists(Layout.ProgramFolder));
        Assert.False(File.Exists(Layout.UnitFile));
        Assert.Null(new FileInfo(Layout.CommandLink).LinkTarget);
        Assert.True(File.Exists(Path.Combine(Layout.DataFolder, "state.db")));
        Assert.True(File.Exists(Layout.ConfigFile));
        Assert.Contains("systemctl disable --now entsync.service", _commands);
    }

    [UnixFact]
    public void Run_FailingCommand_StopsWithTheStepNamed()
    {
        _runner.RunAsync(Arg.Is<ProcessRequest>(r => r.FileName == "systemctl" && r.Arguments[0] == "enable"), Arg.Any<CancellationToken>())
            .Returns(new ProcessResult(1, "", "Failed to enable unit", TimedOut: false));

        var ex = Assert.Throws<InstallException>(() => Execute(LinuxInstallPlan.Install(Layout, Published)));

        Assert.Contains("Démarrage automatique", ex.Message);
        Assert.Contains("Failed to enable unit", ex.Message);
        Assert.DoesNotContain(_commands, c => c.StartsWith("systemctl restart", StringComparison.Ordinal));
    }
}
