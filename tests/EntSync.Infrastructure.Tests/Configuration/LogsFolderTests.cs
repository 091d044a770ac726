using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

/// <summary>Where the logs go: journalisation.dossier, else logs/ of the data directory, else the installed service's log folder.</summary>
public sealed class LogsFolderTests : IDisposable
{
    private const string School = """ "etablissements": [ { "uai": "7699007L", "nom": "COLLÈGE TEST" } ] """;
    private readonly ConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_DefaultDataDirectoryOnLinux_LogsGoToVarLogEntsync()
    {
        var result = _folder.Load($$"""{ {{School}} }""");

        Assert.Equal("/var/lib/entsync", result.Config!.DataDirectory);
        Assert.Equal("/var/log/entsync", result.Config.Options.Journalisation.Dossier);
    }

    [Fact]
    public void Load_DefaultDataDirectoryOnWindows_LogsGoToProgramDataEntSyncLogs()
    {
        var platform = new ConfigPlatform(new Dictionary<string, string>(), _folder.Root, isWindows: true, programData: @"C:\ProgramData");

        var result = new ConfigLoader(platform).Load(_folder.Write($$"""{ {{School}} }"""));

        Assert.Equal(@"C:\ProgramData\EntSync\logs", result.Config!.Options.Journalisation.Dossier);
    }

    [Fact]
    public void Load_ConfiguredDataDirectory_LogsGoToItsLogsFolder()
    {
        var result = _folder.Load($$"""{ {{School}}, "donnees": { "dossier": "../data" } }""");

        Assert.Equal(Path.Combine(_folder.Root, "data", "logs"), result.Config!.Options.Journalisation.Dossier);
    }

    [Fact]
    public void Load_RelativeLogsFolder_IsRelativeToTheConfigurationFileNotTheWorkingDirectory()
    {
        var result = _folder.Load($$"""{ {{School}}, "donnees": { "dossier": "../data" }, "journalisation": { "dossier": "../journaux" } }""");

        Assert.Equal(Path.Combine(_folder.Root, "journaux"), result.Config!.Options.Journalisation.Dossier);
    }

    [Fact]
    public void Check_LogsFolderThatIsAFile_IsAnErrorOnItsPath()
    {
        File.WriteAllText(Path.Combine(_folder.Root, "fichier"), "");

        var result = _folder.Check($$"""{ {{School}}, "donnees": { "dossier": "../data" }, "journalisation": { "dossier": "../fichier" } }""");

        Assert.Contains(result.Errors, e => e.Path == "journalisation.dossier");
    }
}
