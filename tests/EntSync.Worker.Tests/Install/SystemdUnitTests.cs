using EntSync.Infrastructure.Processes;
using EntSync.Worker.Hosting;
using EntSync.Worker.Install.Linux;
using EntSync.Worker.Tests.Support;

namespace EntSync.Worker.Tests.Install;

public sealed class SystemdUnitTests
{
    private static Dictionary<string, string> Options(string unit) => unit.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Contains('=') && !l.StartsWith('#'))
        .Select(l => l.Split('=', 2))
        .ToDictionary(p => p[0], p => p[1]);

    [Fact]
    public void Render_Default_RunsTheInstalledProgramAsTheServiceUserWithItsConfiguration()
    {
        var options = Options(SystemdUnit.Render(LinuxLayout.Default));

        Assert.Equal("simple", options["Type"]);
        Assert.Equal(("entsync", "entsync"), (options["User"], options["Group"]));
        Assert.Equal("/opt/entsync/entsync run --config /etc/entsync/entsync.json", options["ExecStart"]);
        Assert.Equal("on-failure", options["Restart"]);
        Assert.Equal("multi-user.target", options["WantedBy"]);
    }

    [Fact]
    public void Render_Default_StopTimeoutIsAboveTheHostsShutdownTimeout()
    {
        var seconds = int.Parse(Options(SystemdUnit.Render(LinuxLayout.Default))["TimeoutStopSec"], System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(seconds > ServiceHost.ShutdownTimeout.TotalSeconds, $"TimeoutStopSec={seconds}");
    }

    [Fact]
    public void Render_Default_IsHardenedWithWritableDataAndLogsOnly()
    {
        var options = Options(SystemdUnit.Render(LinuxLayout.Default));

        Assert.Equal("strict", options["ProtectSystem"]);
        Assert.Equal("/var/lib/entsync /var/log/entsync", options["ReadWritePaths"]);
        Assert.Equal("true", options["NoNewPrivileges"]);
        Assert.Equal("true", options["PrivateTmp"]);
    }

    [SystemdAnalyzeFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Render_PassesSystemdAnalyzeVerify()
    {
        var root = Directory.CreateTempSubdirectory("entsync-unit-").FullName;
        try
        {
            // verify checks that ExecStart is executable: the layout is moved below a temporary folder with a stand-in program.
            var layout = LinuxLayout.Under(root, "entsync");
            Directory.CreateDirectory(layout.ProgramFolder);
            File.Copy("/bin/true", layout.Executable);
            var unitFile = Path.Combine(root, "entsync.service");
            File.WriteAllText(unitFile, SystemdUnit.Render(layout));

            var result = new ExternalProcessRunner()
                .RunAsync(new ProcessRequest(SystemdAnalyzeFactAttribute.Program!, ["verify", unitFile], TimeSpan.FromMinutes(1)), CancellationToken.None)
                .GetAwaiter().GetResult();

            Assert.True(result.Succeeded, result.StandardError);
            Assert.DoesNotContain("entsync.service", result.StandardError); // unknown keys and bad values are only warnings
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
