using EntSync.Core.Identification;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Readers;
using EntSync.Core.Rules;
using EntSync.Core.Rules.EleveGroupe;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Rules.EleveGroupe;

public sealed class EleveGroupeNomFichierRuleTests
{
    private readonly EleveGroupeNomFichierRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    private static InspectedFile File(string name, int year, DateTime exported, params ReadWarning[] warnings) =>
        new(name, new ExportIdentity(ExportKind.EleveGroupe, "0769990A", year, exported), null, warnings, new ExportCounts())
        {
            Content = EleveGroupeFile(),
        };

    private static SnapshotPair Pair(params InspectedFile[] files)
    {
        var builder = new SnapshotBuilder().With(ExportKind.SiecleEleves, Eleves());
        foreach (var f in files) builder.WithFile(f);
        return new SnapshotPair(builder.Build(), null);
    }

    [Fact]
    public void Evaluate_ReaderNameWarnings_BecomeOneAnomalyForTheFile()
    {
        var file = File("depot/elegroupe.zip!elegroupe.xml", 2026, new DateTime(2026, 10, 5),
            new ReadWarning("NOM-FICHIER-ELEGROUPE", "Le nom « elegroupe.xml » ne suit pas le modèle."),
            new ReadWarning("ELEGROUPE-DATE-ILLISIBLE", "date illisible"));

        var anomaly = Assert.Single(Run(Pair(file)));

        Assert.Equal("ELEGROUPE-NOM-FICHIER", anomaly.Code);
        Assert.Equal("FICHIER:ELEGROUPE", anomaly.Subject);
        Assert.Equal("elegroupe.zip!elegroupe.xml : Le nom « elegroupe.xml » ne suit pas le modèle.", anomaly.Message);
        Assert.Equal(["depot/elegroupe.zip!elegroupe.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_WellNamedFileOfTheYear_IsFine()
    {
        Assert.Empty(Run(Pair(File("0769990AELEGROUPE2026261005180211.xml", 2026, new DateTime(2026, 10, 5)))));
    }

    [Fact]
    public void Evaluate_NewestFileIsOfAnotherYear_SiecleWillRefuseIt()
    {
        var pair = Pair(File("0769990AELEGROUPE2026261001080000.xml", 2026, new DateTime(2026, 10, 1)),
            File("0769990AELEGROUPE2025261005180211.xml", 2025, new DateTime(2026, 10, 5)));

        var anomaly = Assert.Single(Run(pair));

        Assert.StartsWith("0769990AELEGROUPE2025261005180211.xml : ", anomaly.Message);
        Assert.Contains("année scolaire 2025-2026 alors que l'année en cours est 2026-2027", anomaly.Message);
        Assert.Contains("Année du fichier différente de l'année utilisée", anomaly.Message);
    }

    [Fact]
    public void Evaluate_OlderFileOfAnotherYear_IsNotTheOneToSend()
    {
        var pair = Pair(File("0769990AELEGROUPE2026261005180211.xml", 2026, new DateTime(2026, 10, 5)),
            File("0769990AELEGROUPE2025250605180211.xml", 2025, new DateTime(2025, 6, 5)));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_InjectedRenamedFile_IsDetectedWithSieclesMessage()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "ELEGROUPE-NOM-FICHIER")));

        Assert.StartsWith("liens_eleves_groupes.zip!liens_eleves_groupes.xml : ", anomaly.Message);
        Assert.Contains("Nom du fichier mal formaté", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_FileIsWellNamed()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoEleveGroupeFile_SaysSo()
    {
        Assert.Contains("Liens élève-groupe", _rule.MissingInput(Pair()));
        Assert.Null(_rule.MissingInput(Pair(File("x.xml", 2025, new DateTime(2026, 10, 5)))));
    }
}
