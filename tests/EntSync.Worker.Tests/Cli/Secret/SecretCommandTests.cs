using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Worker.Cli.Secret;
using EntSync.Worker.Tests.Support;
using NSubstitute;

namespace EntSync.Worker.Tests.Cli.Secret;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entsync-secret-").FullName;

    public SecretCommandTests()
    {
        // The configuration refers to the secret before it exists: secret set must still find the data directory.
        File.WriteAllText(ConfigPath, """
            { "etablissements": [ { "uai": "7699007L", "nom": "secret:NOM_ETAB" } ], "donnees": { "dossier": "donnees" } }
            """);
    }

    private string ConfigPath => Path.Combine(_root, "entsync.json");

    private string SecretFile => Path.Combine(_root, "donnees", "secrets", "NOM_ETAB");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static ISecretInput Typed(string? value)
    {
        var input = Substitute.For<ISecretInput>();
        input.Read(Arg.Any<string>(), Arg.Any<TextWriter>()).Returns(value);
        return input;
    }

    private (int Exit, string Output, string Error) Run(ISecretInput input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new SecretCommand(input, new ExternalProcessRunner()).Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [UnixFact]
    public void Set_Value_WritesAnOwnerOnlyFileThatTheConfigurationResolves()
    {
        var (exit, output, _) = Run(Typed("Collège « secret »"), "set", "NOM_ETAB", "--config", ConfigPath);

        Assert.Equal(0, exit);
        Assert.Contains("secret:NOM_ETAB", output);
        Assert.DoesNotContain("Collège", output);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(SecretFile)!));
        var loaded = ConfigCheck.Run(ConfigPath, ConfigPlatform.Current(), TimeProvider.System);
        Assert.Equal("Collège « secret »", loaded.Config!.Options.Etablissements[0].Nom);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(SecretFile)!, ".entsync-*"));
    }

    [UnixFact]
    public void Set_Twice_ReplacesTheValue()
    {
        Run(Typed("ancien"), "set", "NOM_ETAB", "--config", ConfigPath);

        var (exit, _, _) = Run(Typed("nouveau"), "set", "NOM_ETAB", "--config", ConfigPath);

        Assert.Equal(0, exit);
        Assert.Equal("nouveau", File.ReadAllText(SecretFile));
    }

    [RootFact]
    public void Set_AsRootWithOwner_GivesTheFileAndTheFolderToThatUser()
    {
        var (exit, _, error) = Run(Typed("valeur"), "set", "NOM_ETAB", "--config", ConfigPath, "--owner", "nobody");

        Assert.True(exit == 0, error);
        Assert.Equal("nobody", Owner(SecretFile));
        Assert.Equal("nobody", Owner(Path.GetDirectoryName(SecretFile)!));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretFile));
    }

    [RootFact]
    public void Set_AsRootWithoutOwner_WarnsThatTheServiceCannotReadIt()
    {
        var (exit, output, _) = Run(Typed("valeur"), "set", "NOM_ETAB", "--config", ConfigPath);

        Assert.Equal(0, exit);
        Assert.Contains("--owner entsync", output);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("MOT DE PASSE")]
    [InlineData("MOT-DE-PASSE")]
    public void Set_InvalidName_IsBadUsageAndWritesNothing(string name)
    {
        var (exit, output, error) = CliRunner.Run("secret", "set", name, "--config", ConfigPath);

        Assert.Equal(64, exit);
        Assert.Contains("Nom de secret invalide", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(Path.Combine(_root, "donnees")));
    }

    [Theory]
    [InlineData]
    [InlineData("set")]
    [InlineData("get", "NOM")]
    [InlineData("set", "A", "B")]
    public void Run_WrongShape_IsBadUsage(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(["secret", .. args, "--config", ConfigPath]);

        Assert.Equal(64, exit);
        Assert.Contains("entsync secret set NOM", error);
    }

    [Fact]
    public void Set_EmptyOrMismatchedValue_StoresNothing()
    {
        Assert.Equal(2, Run(Typed(""), "set", "NOM_ETAB", "--config", ConfigPath).Exit);
        var (exit, _, error) = Run(Typed(null), "set", "NOM_ETAB", "--config", ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("différentes", error);
        Assert.False(File.Exists(SecretFile));
    }

    [Fact]
    public void Set_MissingConfiguration_SaysWhereItLooked()
    {
        var missing = Path.Combine(_root, "absent.json");

        var (exit, _, error) = Run(Typed("x"), "set", "NOM_ETAB", "--config", missing);

        Assert.Equal(2, exit);
        Assert.Contains(missing, error);
    }

    private static string Owner(string path)
    {
        var result = new ExternalProcessRunner().RunAsync(new ProcessRequest("stat", ["-c", "%U", path], TimeSpan.FromSeconds(30)), CancellationToken.None)
            .GetAwaiter().GetResult();
        return result.StandardOutput.Trim();
    }
}
