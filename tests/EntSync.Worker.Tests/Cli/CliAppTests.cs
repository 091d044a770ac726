namespace EntSync.Worker.Tests.Cli;

public sealed class CliAppTests
{
    [Fact]
    public void Run_UnknownVerb_IsBadUsageWithFrenchHelp()
    {
        var (exit, _, error) = CliRunner.Run("frobnicate");

        Assert.Equal(64, exit);
        Assert.Contains("Commande inconnue : « frobnicate »", error);
        Assert.Contains("inspect", error);
    }

    [Fact]
    public void Run_UnknownOption_IsBadUsage()
    {
        var (exit, _, error) = CliRunner.Run("inspect", "--jsonn", "x.xml");

        Assert.Equal(64, exit);
        Assert.Contains("Option inconnue : --jsonn", error);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("generate")]
    [InlineData("bench")]
    public void Run_VerbHelp_IsFrenchAndExitsZero(string verb)
    {
        var (exit, output, _) = CliRunner.Run(verb, "--help");

        Assert.Equal(0, exit);
        Assert.StartsWith("Utilisation : entsync " + verb, output);
    }

    [Fact]
    public void Generate_UnknownAnomaly_IsBadUsageNamingIt()
    {
        var (exit, _, error) = CliRunner.Run("generate", "--out", Path.GetTempPath(), "--anomalies", "PAS-UNE-ANOMALIE");

        Assert.Equal(64, exit);
        Assert.Contains("PAS-UNE-ANOMALIE", error);
    }

    [Fact]
    public void Generate_PupilsNotANumber_IsBadUsage()
    {
        var (exit, _, error) = CliRunner.Run("generate", "--out", Path.GetTempPath(), "--pupils", "beaucoup");

        Assert.Equal(64, exit);
        Assert.Contains("--pupils attend un nombre entier", error);
    }
}
