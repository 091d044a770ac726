using EntSync.Core.Inspection;
using EntSync.Core.Readers;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

/// <summary>The timetable rules on the public EDT clear export (laclasse, 2013 format: groups made of parties de classe).</summary>
public sealed class TimetableRulesSampleTests
{
    private static SnapshotPair Sample()
    {
        var files = new ExportInspector(ExportReaderCatalog.CreateDefault())
            .InspectFile(Samples.Sample("edt-index-ent-export/laclasse/Edt_To_LaclasseCom_0134567A_Enclair.xml"), keepContent: true);
        return new SnapshotPair(SnapshotAssembler.Assemble(files).Single(), null);
    }

    [SampleFact]
    public void Evaluate_LaclasseSample_GroupsReachTheirPupilsThroughParties()
    {
        Assert.Empty(new GroupeVideRule().Evaluate(Sample(), CheckSettings.Default));
    }

    [SampleFact]
    public void Evaluate_LaclasseSample_NoCourseGivenToAPartie()
    {
        Assert.Empty(new PartieDeClasseRule().Evaluate(Sample(), CheckSettings.Default));
    }

    [SampleFact]
    public void Evaluate_LaclasseSample_CoursesWithoutTeacherAreGrouped()
    {
        var anomalies = new CoursSansEnseignantRule().Evaluate(Sample(), CheckSettings.Default).ToList();

        // 100 of the 704 courses have no teacher; grouped by structure and subject they are far fewer rows.
        Assert.InRange(anomalies.Count, 1, 99);
        Assert.Equal(anomalies.Count, anomalies.Select(a => a.Subject).Distinct().Count());
    }
}
