using EntSync.Worker.Tests.Service;

namespace EntSync.Worker.Tests.Cli.Ent;

/// <summary>
/// The relay from the command line: a generated school, a folder destination for real, the first file of the year held
/// (the ENT's first import is manual), then released, listed, rejected.
/// </summary>
public sealed class EntCommandTests : IDisposable
{
    private readonly ServiceFolder _folder = new();

    public EntCommandTests()
    {
        File.WriteAllText(_folder.ConfigPath, $$"""
            {
              "etablissements": [ { "uai": "{{_folder.Uai}}", "nom": "Collège de test", "anneeScolaire": "auto" } ],
              "sources": [ { "nom": "depot", "type": "dossier", "chemin": "depot", "apresTraitement": "deplacer", "stabiliteSecondes": 1 } ],
              "donnees": { "dossier": "donnees" },
              "destinations": [ { "nom": "ent", "etablissement": "{{_folder.Uai}}", "type": "dossier", "chemin": "envoi-ent", "mode": "reel",
                                  "types": ["EdtChiffre"], "pauseTentativesSecondes": 0 } ]
            }
            """);
    }

    private string Delivered => Path.Combine(_folder.Root, "envoi-ent");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Pending_BeforeAnyRun_SaysThereIsNothingYet()
    {
        var (exit, output, _) = CliRunner.Run("ent", "pending", "--config", _folder.ConfigPath);

        Assert.Equal(0, exit);
        Assert.Contains("Aucun envoi enregistré", output);
    }

    [Fact]
    public void Once_FirstFileOfTheYear_IsHeldAndTheSummarySaysHowToRelease()
    {
        var (exit, output, _) = CliRunner.Run("once", "--config", _folder.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("Relais vers l'ENT et les autres destinations :", output);
        Assert.Contains($"ent : Edt_To_Partenaire_{_folder.Uai}.xml", output);
        Assert.Contains("retenu (envoi n°1) : premier fichier de l'année scolaire 2026-2027", output);
        Assert.Contains("entsync ent release N", output);
        Assert.False(Directory.Exists(Delivered));
    }

    [Fact]
    public void Release_HeldFile_IsDeliveredOnceListedInHistoryAndCannotBeReleasedTwice()
    {
        CliRunner.Run("once", "--config", _folder.ConfigPath);

        var pending = CliRunner.Run("ent", "pending", "--config", _folder.ConfigPath);
        var release = CliRunner.Run("ent", "release", "1", "--config", _folder.ConfigPath);
        var again = CliRunner.Run("ent", "release", "1", "--config", _folder.ConfigPath);
        var history = CliRunner.Run("ent", "history", "--config", _folder.ConfigPath);
        var after = CliRunner.Run("ent", "pending", "--config", _folder.ConfigPath);

        Assert.Equal(1, pending.Exit);
        Assert.Contains("1 fichier(s) en attente d'envoi", pending.Output);
        Assert.Contains("(envoi n°1)", pending.Output);
        Assert.True(release.Exit == 0, release.Output + release.Error);
        Assert.Contains($"envoyé sous le nom {_folder.Uai}_20261005180211_EDT.xml", release.Output);
        Assert.Equal([$"{_folder.Uai}_20261005180211_EDT.xml"], Directory.GetFiles(Delivered).Select(Path.GetFileName));
        Assert.Equal(2, again.Exit);
        Assert.Contains("pas en attente (envoyé)", again.Error);
        Assert.Equal(0, history.Exit);
        Assert.Contains($"ent  envoi n°1  Edt_To_Partenaire_{_folder.Uai}.xml : accepté", history.Output);
        Assert.Single(history.Output.Split('\n'), l => l.Contains("envoi n°1"));
        Assert.Equal(0, after.Exit);
        Assert.Contains("Aucun fichier en attente", after.Output);
    }

    [Fact]
    public void Reject_HeldFile_IsNeverSent()
    {
        CliRunner.Run("once", "--config", _folder.ConfigPath);

        var reject = CliRunner.Run("ent", "reject", "1", "--config", _folder.ConfigPath);
        var release = CliRunner.Run("ent", "release", "1", "--config", _folder.ConfigPath);
        var pending = CliRunner.Run("ent", "pending", "--config", _folder.ConfigPath);

        Assert.Equal(0, reject.Exit);
        Assert.Contains("écarté (envoi n°1) : écarté à la main", reject.Output);
        Assert.Equal(2, release.Exit);
        Assert.Equal(0, pending.Exit);
        Assert.False(Directory.Exists(Delivered));
    }

    [Fact]
    public void Release_UnknownNumber_ExitsTwoSayingSo()
    {
        CliRunner.Run("once", "--config", _folder.ConfigPath);

        var (exit, _, error) = CliRunner.Run("ent", "release", "42", "--config", _folder.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("aucun envoi n°42", error);
    }

    [Theory]
    [InlineData("ent")]
    [InlineData("ent", "envoyer")]
    [InlineData("ent", "release")]
    [InlineData("ent", "release", "douze")]
    [InlineData("ent", "pending", "3")]
    public void Ent_BadUsage_Exits64WithTheHelp(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(64, exit);
        Assert.Contains("Utilisation : entsync ent", error);
    }
}
