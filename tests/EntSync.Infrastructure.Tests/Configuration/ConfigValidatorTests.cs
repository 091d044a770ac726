using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

public sealed class ConfigValidatorTests : IDisposable
{
    private readonly ConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ConfigLoadResult CheckWith(string etablissements = """[ { "uai": "7699007L" } ]""", string source = """{ "nom": "depot", "chemin": "../depot" }""",
        string rest = "") =>
        _folder.Check($$"""{ "etablissements": {{etablissements}}, "sources": [ {{source}} ], "donnees": { "dossier": "../data" } {{rest}} }""");

    [Fact]
    public void Validate_ValidConfig_HasNoProblem()
    {
        var result = _folder.Check(ConfigFolder.ValidJson);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Validate_NoEstablishment_IsAnError()
    {
        var result = CheckWith(etablissements: "[]");

        ConfigAssert.Error(result, "etablissements", "au moins un établissement");
    }

    [Fact]
    public void Validate_MissingRequiredValues_AreErrorsNamingWhatIsExpected()
    {
        var result = CheckWith(etablissements: """[ { "nom": "X" } ]""", source: """{ "type": "dossier" }""",
            rest: """, "controles": { "ignorer": [ { "sujet": "3E" } ] }""");

        ConfigAssert.Error(result, "etablissements[0].uai", "valeur requise", "7 chiffres");
        ConfigAssert.Error(result, "sources[0].nom", "valeur requise");
        ConfigAssert.Error(result, "sources[0].chemin", "valeur requise");
        ConfigAssert.Error(result, "controles.ignorer[0].code", "valeur requise");
        ConfigAssert.Error(result, "controles.ignorer[0].raison", "valeur requise");
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedAtOnce()
    {
        var result = CheckWith(etablissements: """[ { "uai": "123" } ]""", rest: """, "planification": { "rapport": "tous les jours" }, "journalisation": { "niveau": "Bavard" }""");

        Assert.Equal(["etablissements[0].uai", "planification.rapport", "journalisation.niveau"], result.Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("0123456")]
    [InlineData("0123456a")]
    [InlineData("A0123456")]
    public void Validate_BadUaiShape_IsAnError(string uai)
    {
        var result = CheckWith(etablissements: $$"""[ { "uai": "{{uai}}" } ]""");

        ConfigAssert.Error(result, "etablissements[0].uai", $"UAI invalide « {uai} »");
    }

    [Fact]
    public void Validate_WrongCheckLetter_IsOnlyAWarningGivingTheExpectedOne()
    {
        var good = EntSync.Generator.Uai.FromNumber(1234567);
        var wrong = good[..7] + (good[7] == 'A' ? 'B' : 'A');

        var result = CheckWith(etablissements: $$"""[ { "uai": "{{good}}" }, { "uai": "{{wrong}}" } ]""");

        Assert.True(result.IsValid);
        ConfigAssert.Warning(result, "etablissements[1].uai", $"attendu {good}");
        Assert.DoesNotContain(result.Problems, p => p.Path == "etablissements[0].uai");
    }

    [Fact]
    public void Validate_DuplicateUaiAndSourceName_AreErrors()
    {
        var result = CheckWith(etablissements: """[ { "uai": "7699007L" }, { "uai": "7699007L" } ]""",
            source: """{ "nom": "depot", "chemin": "../depot" }, { "nom": "DEPOT", "chemin": "../depot" }""");

        ConfigAssert.Error(result, "etablissements[1].uai", "déjà déclaré dans etablissements[0]");
        ConfigAssert.Error(result, "sources[1].nom", "déjà utilisé par sources[0]");
    }

    [Theory]
    [InlineData("2026-2027")]
    [InlineData("26")]
    [InlineData("Auto")]
    public void Validate_BadSchoolYear_IsAnError(string year)
    {
        var result = CheckWith(etablissements: $$"""[ { "uai": "7699007L", "anneeScolaire": "{{year}}" } ]""");

        ConfigAssert.Error(result, "etablissements[0].anneeScolaire", "« auto » ou l'année de la rentrée");
    }

    [Theory]
    [InlineData("30 6 * * *", "5 champs comme une crontab")]
    [InlineData("0 30 25 * * ?", "expression cron invalide « 0 30 25 * * ? »")]
    [InlineData("0 61 6 * * ?", "expression cron invalide")]
    [InlineData("", "valeur requise")]
    public void Validate_BadCron_IsAnErrorExplainingTheQuartzShape(string cron, string fragment)
    {
        var result = CheckWith(rest: $$""", "planification": { "menage": "{{cron}}" }""");

        ConfigAssert.Error(result, "planification.menage", fragment, "secondes en premier");
    }

    [Fact]
    public void Validate_MissingFolder_IsAnError()
    {
        Directory.Delete(_folder.DropDirectory);

        var result = _folder.Check(ConfigFolder.ValidJson);

        ConfigAssert.Error(result, "sources[0].chemin", "dossier introuvable", _folder.DropDirectory);
    }

    [Fact]
    public void Validate_FileInsteadOfFolder_IsAnError()
    {
        File.WriteAllText(Path.Combine(_folder.Root, "fichier"), "x");

        var result = CheckWith(source: """{ "nom": "depot", "chemin": "../fichier" }""");

        ConfigAssert.Error(result, "sources[0].chemin", "est un fichier, un dossier est attendu");
    }

    [UnreadableFolderFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Validate_UnreadableFolder_IsAnError()
    {
        File.SetUnixFileMode(_folder.DropDirectory, UnixFileMode.None);
        try
        {
            var result = _folder.Check(ConfigFolder.ValidJson);

            ConfigAssert.Error(result, "sources[0].chemin", "dossier illisible", "droits insuffisants");
        }
        finally
        {
            File.SetUnixFileMode(_folder.DropDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Validate_MappedDriveLetter_SaysAServiceDoesNotSeeMappedDrivesAndGivesTheUncForm()
    {
        var result = _folder.Check("""
            { "etablissements": [ { "uai": "7699007L" } ],
              "sources": [ { "nom": "depot", "chemin": "Z:\\exports" } ],
              "donnees": { "dossier": "y:/entsync" } }
            """);

        var message = ConfigAssert.Error(result, "sources[0].chemin", "Z: ressemble à un lecteur réseau", "un service ne voit pas les lecteurs réseau").Message;
        Assert.Contains(@"\\serveur\partage", message);
        ConfigAssert.Error(result, "donnees.dossier", "Y: ressemble à un lecteur réseau");
    }

    [Fact]
    public void Validate_DriveC_IsNotTakenForAMappedDrive()
    {
        var result = CheckWith(source: """{ "nom": "depot", "chemin": "C:\\exports" }""");

        var problem = ConfigAssert.Error(result, "sources[0].chemin", "introuvable");
        Assert.DoesNotContain("lecteur réseau", problem.Message);
    }

    [Fact]
    public void Validate_UnknownSourceType_IsAnErrorListingTheKnownOnes()
    {
        var result = CheckWith(source: """{ "nom": "depot", "type": "partage", "chemin": "/depot" }""");

        ConfigAssert.Error(result, "sources[0].type", "type inconnu « partage »", "dossier", "sftp", "ftp");
    }

    [Fact]
    public void Validate_KindsAndAfterProcessing_MustBeKnownValues()
    {
        var result = CheckWith(source: """{ "nom": "depot", "chemin": "../depot", "types": ["SiecleEleves", "Siecle", "tous"], "apresTraitement": "archiver" }""");

        ConfigAssert.Error(result, "sources[0].types[1]", "type d'export inconnu « Siecle »", "SiecleEleves", "StsEmp");
        ConfigAssert.Error(result, "sources[0].types[2]", "s'emploie seul");
        ConfigAssert.Error(result, "sources[0].apresTraitement", "deplacer, supprimer, conserver");
        Assert.DoesNotContain(result.Problems, p => p.Path == "sources[0].types[0]");
    }

    [Fact]
    public void Validate_NumbersOutOfRange_AreErrors()
    {
        var result = CheckWith(rest: """, "controles": { "seuilExportPartiel": 1.5 }, "journalisation": { "fichiersConserves": 0 }""");
        var retention = _folder.Check("""{ "etablissements": [ { "uai": "7699007L" } ], "donnees": { "dossier": "../data", "retentionJours": 0 } }""");

        ConfigAssert.Error(result, "controles.seuilExportPartiel", "strictement entre 0 et 1", "1.5");
        ConfigAssert.Error(result, "journalisation.fichiersConserves", "au moins 1");
        ConfigAssert.Error(retention, "donnees.retentionJours", "au moins 1");
    }

    [Fact]
    public void Validate_AnomalyCodes_MustExistInTheCatalogue()
    {
        var result = CheckWith(rest: """
            , "controles": { "codesDesactives": ["EXPORT-PARTIEL", "EXPORT-PARTEIL"],
                             "ignorer": [ { "code": "FICHIER-ILLISIBLE", "raison": "connu" }, { "code": "PAS-UN-CODE", "raison": "x" } ] }
            """);

        ConfigAssert.Error(result, "controles.codesDesactives[1]", "code d'anomalie inconnu « EXPORT-PARTEIL »");
        ConfigAssert.Error(result, "controles.ignorer[1].code", "« PAS-UN-CODE »");
        Assert.Equal(2, result.Errors.Count());
    }

    [Fact]
    public void Validate_IgnoreUntil_IsAnIsoDateAndAPastOneIsAWarning()
    {
        var result = CheckWith(rest: """
            , "controles": { "ignorer": [ { "code": "FICHIER-ILLISIBLE", "raison": "r", "jusquau": "07/07/2027" },
                                          { "code": "FICHIER-ILLISIBLE", "raison": "r", "jusquau": "2001-01-01" },
                                          { "code": "FICHIER-ILLISIBLE", "raison": "r", "jusquau": "2999-01-01" } ] }
            """);

        ConfigAssert.Error(result, "controles.ignorer[0].jusquau", "AAAA-MM-JJ");
        ConfigAssert.Warning(result, "controles.ignorer[1].jusquau", "date dépassée");
        Assert.DoesNotContain(result.Problems, p => p.Path == "controles.ignorer[2].jusquau");
    }

    [Fact]
    public void Validate_LogLevel_MustBeASerilogLevel()
    {
        var result = CheckWith(rest: """, "journalisation": { "niveau": "Info" }""");
        var accepted = CheckWith(rest: """, "journalisation": { "niveau": "warning" }""");

        ConfigAssert.Error(result, "journalisation.niveau", "Verbose, Debug, Information, Warning, Error");
        Assert.True(accepted.IsValid);
    }

    [Fact]
    public void Validate_NoSource_IsOnlyAWarning()
    {
        var result = _folder.Check("""{ "etablissements": [ { "uai": "7699007L" } ], "donnees": { "dossier": "../data" } }""");

        Assert.True(result.IsValid);
        ConfigAssert.Warning(result, "sources", "aucune source");
    }

    [Fact]
    public void Check_ValueRejectedByTheLoader_IsNotReportedAgainByTheValidator()
    {
        var result = _folder.Check("""{ "etablissements": { "uai": "7699007L" }, "donnees": { "dossier": "../data" } }""");

        ConfigAssert.Error(result, "etablissements", "une liste [ … ] est attendue");
        Assert.Single(result.Problems, p => p.Path == "etablissements");
    }
}
