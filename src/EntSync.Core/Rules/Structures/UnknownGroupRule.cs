using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Structures;

/// <summary>
/// STRUCTURE-GROUPE-INCONNU: a group SIECLE uses (an active pupil's G structure, or Structures.xml when received) that
/// sts_emp does not list, or an sts_emp group absent from Structures.xml with no pupil in it. Without Structures.xml an
/// sts_emp group without pupils is not reported: groups stay empty in SIECLE until the élève-groupe links are imported.
/// </summary>
public sealed class UnknownGroupRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [StructureAnomalies.GroupeInconnu.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.StsEmp, ExportKind.SiecleEleves);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var pupils = new ActivePupils(snapshot.Eleves!, settings.Today);
        var comparison = new StructureComparison
        {
            Definition = StructureAnomalies.GroupeInconnu,
            SubjectPrefix = "GROUPE",
            Label = "Groupe",
            PupilsWithDivision = true,
            Feminine = false,
            StsOnlyWithoutStructures = false,
            StsFile = snapshot.FileOf(ExportKind.StsEmp),
            ElevesFile = snapshot.FileOf(ExportKind.SiecleEleves),
            StructuresFile = snapshot.FileOf(ExportKind.SiecleStructures),
        };
        return comparison.Compare(snapshot.Sts!.Groupes.Select(g => g.Code), pupils.ByGroupe,
            snapshot.Structures?.Groupes.Select(g => g.Code).ToList());
    }
}
