using EntSync.Infrastructure.Processes;
using EntSync.Worker.Install.Linux;
using EntSync.Worker.Tests.Support;

namespace EntSync.Worker.Tests.Service;

/// <summary>
/// What systemd does to the service, without systemd: start it, send SIGTERM, expect a graceful stop and exit code 0;
/// run it as a system user with the install plan's folders, owners and modes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ServiceProcessTests
{
    [UnixFact]
    public async Task Run_SigTerm_StopsGracefullyWithExitCode0_AndPathsFollowTheConfigNotTheWorkingDirectory()
    {
        using var folder = new ServiceFolder(pupils: 10);
        var elsewhere = Directory.CreateTempSubdirectory("entsync-cwd-").FullName;
        try
        {
            using var service = ServiceProcess.Start(elsewhere, asUser: null, "run", "--config", folder.ConfigPath);
            var report = Path.Combine(folder.Data, "rapports", $"{folder.Uai}_dernier.html");
            await service.WaitUntilAsync(() => File.Exists(report), "le rapport de la synchronisation de démarrage");

            var exit = await service.TerminateAsync();

            Assert.True(exit == 0, service.Output);
            Assert.Contains("arrêt propre terminé", service.Output);
            var log = File.ReadAllText(Directory.GetFiles(Path.Combine(folder.Data, "logs"), "entsync-*.log").Single());
            Assert.Contains("arrêt propre terminé", log);
            Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [RootFact]
    public async Task Run_AsTheServiceUserWithTheInstalledLayout_WritesItsDataAndLogs()
    {
        var user = $"entsynct{Random.Shared.Next(10000, 99999)}";
        var root = Directory.CreateTempSubdirectory("entsync-layout-").FullName;
        File.SetUnixFileMode(root, Modes.Public);
        var runner = new ExternalProcessRunner();
        try
        {
            Run(runner, "useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", user);
            var layout = LinuxLayout.Under(root, user);
            // The plan's own folder steps, run for real (chown included).
            var folders = LinuxInstallPlan.Install(layout, root).OfType<FolderStep>().ToList();
            new LinuxInstallExecutor(runner, TextWriter.Null).Run(folders);
            var depot = Directory.CreateDirectory(Path.Combine(root, "depot")).FullName;
            EntSync.Generator.SchoolGenerator.Generate(new EntSync.Generator.GeneratorOptions { Pupils = 10, Seed = 6 }, depot);
            File.WriteAllText(layout.ConfigFile, $$"""
                {
                  "etablissements": [ { "uai": "0769990A", "nom": "Collège de test" } ],
                  "sources": [ { "nom": "depot", "type": "dossier", "chemin": "{{depot}}", "apresTraitement": "conserver", "stabiliteSecondes": 1 } ],
                  "donnees": { "dossier": "{{layout.DataFolder}}" },
                  "journalisation": { "dossier": "{{layout.LogsFolder}}" }
                }
                """);
            Run(runner, "chown", $"root:{user}", layout.ConfigFile);
            File.SetUnixFileMode(layout.ConfigFile, Modes.FileGroupRead);

            using var service = ServiceProcess.Start("/", user, "run", "--config", layout.ConfigFile);
            var stateDb = Path.Combine(layout.DataFolder, "state.db");
            await service.WaitUntilAsync(() => File.Exists(stateDb) && Directory.GetFiles(layout.LogsFolder, "entsync-*.log").Length > 0,
                "la base d'état et le journal");
            var exit = await service.TerminateAsync();

            Assert.True(exit == 0, service.Output);
            Assert.Equal(user, Owner(runner, stateDb));
            Assert.Equal(user, Owner(runner, Directory.GetFiles(layout.LogsFolder, "entsync-*.log").Single()));
            Assert.False(Directory.Exists(Path.Combine(layout.DataFolder, "logs")) && Directory.GetFiles(Path.Combine(layout.DataFolder, "logs")).Length > 0);
        }
        finally
        {
            Run(runner, "userdel", user);
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Run(IProcessRunner runner, string program, params string[] args)
    {
        var result = runner.RunAsync(new ProcessRequest(program, args, TimeSpan.FromMinutes(1)), CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(result.Succeeded, $"{program} : {result.StandardError}");
    }

    private static string Owner(IProcessRunner runner, string path) =>
        runner.RunAsync(new ProcessRequest("stat", ["-c", "%U", path], TimeSpan.FromMinutes(1)), CancellationToken.None).GetAwaiter().GetResult().StandardOutput.Trim();
}
