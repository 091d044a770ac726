using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Tests.Support;
using EntSync.Generator;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Rules.EdtEleves;

/// <summary>
/// Every pupil injection, run through the registered rules: it raises its own code and no other pupil code, except
/// where one cause has two effects (a pupil typed by hand in the timetable is unknown to SIECLE in the timetable and
/// in the élève-groupe file alike). Also read with UDT as the timetable, where pupils carry no ids.
/// </summary>
public sealed class EleveInjectionsTests
{
    private static readonly string[] PupilCodes =
    [
        "EDT-ELEVE-INCONNU-SIECLE", "EDT-ELEVE-ABSENT", "EDT-ELEVE-SORTI", "EDT-ELEVE-CLASSE-DIFFERENTE",
        "ELEGROUPE-ELEVE-INCONNU", "ELEGROUPE-GROUPE-INCONNU", "ELEGROUPE-ELEVE-SANS-MEF", "ELEGROUPE-NOM-FICHIER",
    ];

    private static IReadOnlyList<string> PupilCodesRaised(SnapshotPair pair)
    {
        var result = new RuleRunner(AnomalyRules.CreateDefault(), Settings).Run(pair);
        Assert.Empty(result.FailedRules);
        return result.Anomalies.Select(a => a.Code).Where(PupilCodes.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [InlineData("EDT-ELEVE-INCONNU-SIECLE", "EDT-ELEVE-INCONNU-SIECLE")]
    [InlineData("EDT-ELEVE-ABSENT", "EDT-ELEVE-ABSENT")]
    [InlineData("EDT-ELEVE-SORTI", "EDT-ELEVE-SORTI")]
    [InlineData("EDT-ELEVE-CLASSE-DIFFERENTE", "EDT-ELEVE-CLASSE-DIFFERENTE")]
    [InlineData("ELEGROUPE-ELEVE-INCONNU", "EDT-ELEVE-INCONNU-SIECLE,ELEGROUPE-ELEVE-INCONNU")]
    [InlineData("ELEGROUPE-GROUPE-INCONNU", "ELEGROUPE-GROUPE-INCONNU")]
    [InlineData("ELEGROUPE-ELEVE-SANS-MEF", "ELEGROUPE-ELEVE-SANS-MEF")]
    [InlineData("ELEGROUPE-NOM-FICHIER", "ELEGROUPE-NOM-FICHIER")]
    public void Injection_RaisesItsCode(string injection, string expected)
    {
        Assert.Equal(expected.Split(','), PupilCodesRaised(GeneratedSnapshots.Pair(60, 5, injection)));
    }

    [Fact]
    public void GeneratedSchool_RaisesNoPupilCode()
    {
        Assert.Empty(PupilCodesRaised(GeneratedSnapshots.Pair(200, 3)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("EDT-ELEVE-INCONNU-SIECLE", "EDT-ELEVE-INCONNU-SIECLE")]
    [InlineData("EDT-ELEVE-ABSENT", "EDT-ELEVE-ABSENT")]
    [InlineData("EDT-ELEVE-SORTI", "EDT-ELEVE-SORTI")]
    public void Injection_WithUdtAsTheTimetable_MatchesByNameAndBirthDate(string injection, string expected)
    {
        var pair = new SnapshotPair(UdtSnapshot(injection), null);

        Assert.Equal(ExportKind.Udt, pair.Current.Timetable!.Source);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), PupilCodesRaised(pair));
    }

    /// <summary>A generated school without its EDT exports, so that the UDT export is the timetable.</summary>
    private static EntSync.Core.Snapshot.SchoolSnapshot UdtSnapshot(string injection)
    {
        var dir = Directory.CreateTempSubdirectory("entsync-udt-").FullName;
        try
        {
            SchoolGenerator.Generate(new GeneratorOptions { Pupils = 60, Seed = 5, Anomalies = injection.Length == 0 ? [] : [injection] }, dir);
            foreach (var edt in Directory.GetFiles(dir, "Edt_*")) File.Delete(edt);
            return GeneratedSnapshots.Assemble(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
