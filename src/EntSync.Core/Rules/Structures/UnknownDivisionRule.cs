using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Structures;

/// <summary>
/// STRUCTURE-DIVISION-INCONNUE: a division SIECLE uses (an active pupil's class, or Structures.xml when received) that
/// sts_emp does not list, or an sts_emp division SIECLE does not know (no active pupil in it and, when received, absent
/// from Structures.xml). Divisions are created in STS-Web and reach SIECLE through its « Structure » export.
/// </summary>
public sealed class UnknownDivisionRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [StructureAnomalies.DivisionInconnue.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.StsEmp, ExportKind.SiecleEleves);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var pupils = new ActivePupils(snapshot.Eleves!, settings.Today);
        var comparison = new StructureComparison
        {
            Definition = StructureAnomalies.DivisionInconnue,
            SubjectPrefix = "DIVISION",
            Label = "Division",
            PupilsWithDivision = false,
            Feminine = true,
            StsOnlyWithoutStructures = true,
            StsFile = snapshot.FileOf(ExportKind.StsEmp),
            ElevesFile = snapshot.FileOf(ExportKind.SiecleEleves),
            StructuresFile = snapshot.FileOf(ExportKind.SiecleStructures),
        };
        return comparison.Compare(snapshot.Sts!.Divisions.Select(d => d.Code), pupils.ByDivision,
            snapshot.Structures?.Divisions.Select(d => d.Code).ToList());
    }
}
