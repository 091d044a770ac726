using EntSync.Core.Pipeline;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Readers.Sts;
using EntSync.Core.Tests.Support;
using EntSync.Generator;

namespace EntSync.Core.Tests.Pipeline;

public sealed class CheckPipelineTests
{
    private static readonly string[] Anomalies =
    [
        "SIECLE-RESPONSABLE-DOUBLON", "SIECLE-ELEVE-DOUBLON", "SIECLE-RESPONSABLES-LEGAUX-MULTIPLES",
        "SIECLE-RESPONSABLE-SANS-CONTACT", "EDT-ELEVE-CLASSE-DIFFERENTE", "EDT-ELEVE-SORTI", "EDT-PARTIE-DE-CLASSE",
        "EDT-COURS-SANS-ENSEIGNANT", "ELEGROUPE-ELEVE-INCONNU", "EDT-GROUPE-VIDE",
    ];

    private static IReadOnlyList<(string Code, string Subject, string Message)> Run(SchoolSnapshot snapshot) =>
        new RuleRunner(AnomalyRules.CreateDefault()).Run(new SnapshotPair(snapshot, null)).Anomalies
            .Select(a => (a.Code, a.Subject, a.Message)).ToList();

    [Fact]
    public void Assemble_GeneratedSchoolWithAnomalies_SameAnomaliesAsWithEveryContentKeptWhole()
    {
        using var dir = new ScratchDirectory();
        SchoolGenerator.Generate(new GeneratorOptions { Pupils = 200, Seed = 9, Anomalies = Anomalies }, dir.Path);
        var files = Directory.GetFiles(dir.Path).Order(StringComparer.Ordinal).ToList();

        var slim = CheckPipeline.Assemble(files, new SnapshotOptions()).Single();
        var whole = GeneratedSnapshots.Assemble(dir.Path);

        Assert.Equal(whole.Timetable!.Source, slim.Timetable!.Source);
        Assert.Empty(slim.Eleves!.Adresses);
        Assert.NotEmpty(whole.Eleves!.Adresses);
        var expected = Run(whole);
        Assert.Empty(Anomalies.Except(expected.Select(a => a.Code)));
        Assert.Equal(expected, Run(slim));
    }
}
