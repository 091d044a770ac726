using EntSync.Core.Model.Edt;
using EntSync.Core.Rules;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Rules.EdtEleves;

public sealed class EleveInconnuSiecleRuleTests
{
    private readonly EleveInconnuSiecleRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    [Fact]
    public void Evaluate_TimetablePupilNotInSiecle_NamesThePupilAndKeepsTheIdInTheSubject()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12")),
            Timetable(EdtEleve("1", "MARTIN", "Léa", "2014-03-12", idSconet: "1000001"), EdtEleve("2", "DUPONT", "Jules", "2014-06-30", idSconet: "1000777")));

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("EDT-ELEVE-INCONNU-SIECLE", anomaly.Code);
        Assert.Equal("ELEVE_ID:1000777", anomaly.Subject);
        Assert.Contains("DUPONT Jules (né(e) le 30/06/2014, 6E1)", anomaly.Message);
        Assert.Contains("identifiant SIECLE 1000777", anomaly.Message);
        Assert.Equal(["edt.xml", "ElevesSansAdresses.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_PupilWithoutIdsFoundByNameAndBirthDate_IsNotReported()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "LE BOEUF", "LEA MARIE", "2014-03-12")), Timetable(EdtEleve("1", "Le Bœuf", "Léa-Marie", "2014-03-12")));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_PupilWithoutAnyId_IsKeyedByTheTimetableKey()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12")), Timetable(EdtEleve("42", "NOUVEAU", "Paul", "2014-01-01")));

        Assert.Equal("EdtClair:42", Assert.Single(Run(pair)).Subject);
    }

    [Fact]
    public void Evaluate_InjectedTimetableOnlyPupil_IsDetected()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "EDT-ELEVE-INCONNU-SIECLE")));

        Assert.StartsWith("EdtClair:", anomaly.Subject);
        Assert.Contains("AJOUT-MANUEL Noé", anomaly.Message);
        Assert.Contains("sans identifiant SIECLE", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_FindsEveryPupil()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoSiecleOrNoTimetable_SaysWhich()
    {
        Assert.Contains("SIECLE – élèves", _rule.MissingInput(Pair(null, Timetable())));
        Assert.Contains("emploi du temps", _rule.MissingInput(Pair(Eleves(), null)));
        Assert.Null(_rule.MissingInput(Pair(Eleves(), Timetable(EdtEleve("1", "A", "B", "2014-01-01")))));
    }

    [Fact]
    public void MissingInput_TimetableWithoutPupils_SaysTheExportHoldsNone()
    {
        var pair = Pair(Eleves(), new EdtTexteExport([], new EntSync.Core.Model.ExportCounts()));

        Assert.Contains("ne contient pas les élèves", _rule.MissingInput(pair));
    }
}
