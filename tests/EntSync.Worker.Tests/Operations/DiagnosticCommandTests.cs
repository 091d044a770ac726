using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Worker.Cli.Diagnostic;
using EntSync.Worker.Operations;
using EntSync.Worker.Operations.Diagnostic;
using EntSync.Worker.Tests.Service;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace EntSync.Worker.Tests.Operations;

public sealed class DiagnosticCommandTests : IDisposable
{
    private readonly ServiceFolder _folder = new(pupils: 10);

    public void Dispose() => _folder.Dispose();

    private static ServiceStateProbe NoServiceManager() => new(Substitute.For<IProcessRunner>(), isWindows: false, systemdRunning: false);

    private (int Exit, string Output) Run(IReadOnlyList<IDiagnosticCheck> checks, string? config = null)
    {
        var output = new StringWriter();
        var exit = new DiagnosticCommand(checks, NoServiceManager).Run(["--config", config ?? _folder.ConfigPath], output, TextWriter.Null);
        return (exit, output.ToString());
    }

    private DiagnosticContext Context(string? dataDirectory = null)
    {
        var config = ConfigCheck.Run(_folder.ConfigPath, ConfigPlatform.Current(), TimeProvider.System).Config!;
        return new DiagnosticContext(dataDirectory is null ? config : config with { DataDirectory = dataDirectory }, TimeProvider.System, NullLoggerFactory.Instance);
    }

    [Fact]
    public void Run_HealthyInstall_ChecksEverythingWithoutTakingAFile()
    {
        var before = Directory.GetFiles(_folder.Depot).Length;

        var (exit, output) = Run([WritableFolderCheck.Data(), WritableFolderCheck.Logs(), new DiskSpaceCheck(minimumBytes: 0), new SourcesCheck()]);

        Assert.True(exit == 0, output);
        Assert.Contains("service : inconnu", output);
        Assert.Contains($"✔ Configuration valide : {_folder.ConfigPath}", output);
        Assert.Contains($"✔ Dossier de données accessible en écriture : {_folder.Data}", output);
        Assert.Contains($"✔ Dossier des journaux accessible en écriture : {Path.Combine(_folder.Data, "logs")}", output);
        Assert.Contains("Go libres", output);
        Assert.Contains($"✔ Source « depot » joignable : {before} fichier(s) prêt(s) à prendre", output);
        Assert.Contains("Tout est bon.", output);
        Assert.Equal(before, Directory.GetFiles(_folder.Depot).Length);
    }

    [Fact]
    public void Run_InvalidConfiguration_Exits2WithTheProblemsAndTheFix()
    {
        File.WriteAllText(_folder.ConfigPath, """{ "etablissements": [], "inconnu": 1 }""");

        var (exit, output) = Run([new DiskSpaceCheck(minimumBytes: 0)]);

        Assert.Equal(2, exit);
        Assert.Contains("✘ Configuration invalide", output);
        Assert.Contains("inconnu", output);
        Assert.Contains("→ Corrigez", output);
        Assert.DoesNotContain("Go libres", output);
    }

    [Fact]
    public void Run_AProblem_Exits1AndCountsIt()
    {
        var (exit, output) = Run([new DiskSpaceCheck(minimumBytes: long.MaxValue)]);

        Assert.Equal(1, exit);
        Assert.Contains("⚠ Peu d'espace disque", output);
        Assert.Contains("→ Libérez de la place", output);
        Assert.Contains("1 point(s) à voir", output);
    }

    [Fact]
    public async Task WritableFolder_UnderAFile_IsAFailureWithTheFix()
    {
        var file = Path.Combine(_folder.Root, "fichier");
        File.WriteAllText(file, "");

        var result = Assert.Single(await WritableFolderCheck.Data().RunAsync(Context(Path.Combine(file, "donnees")), CancellationToken.None));

        Assert.Equal(DiagnosticStatus.Failure, result.Status);
        Assert.Contains("inaccessible en écriture", result.Label);
        Assert.NotNull(result.Fix);
    }

    [Fact]
    public async Task Sources_ConfigurationError_IsAFailureWithTheSourcesOwnMessage()
    {
        var broken = Substitute.For<IDropSource>();
        broken.Name.Returns("sftp-academie");
        broken.ListReadyAsync(Arg.Any<CancellationToken>()).Returns(_ => Throwing(new DropSourceException("clé d'hôte inconnue : lancez entsync sftp trust", isConfigurationError: true)));
        var check = new SourcesCheck(TimeSpan.FromMinutes(1), _ => [broken]);

        var result = Assert.Single(await check.RunAsync(Context(), CancellationToken.None));

        Assert.Equal(DiagnosticStatus.Failure, result.Status);
        Assert.Equal("Source « sftp-academie » : clé d'hôte inconnue : lancez entsync sftp trust", result.Label);
        Assert.Contains("Corrigez la source", result.Fix);
    }

    [Fact]
    public async Task Sources_None_IsAWarning()
    {
        var result = Assert.Single(await new SourcesCheck(TimeSpan.FromMinutes(1), _ => []).RunAsync(Context(), CancellationToken.None));

        Assert.Equal(DiagnosticStatus.Warning, result.Status);
    }

    private static async IAsyncEnumerable<DropFile> Throwing(Exception ex)
    {
        await Task.Yield();
        throw ex;
#pragma warning disable CS0162 // an iterator needs a yield
        yield break;
#pragma warning restore CS0162
    }
}
