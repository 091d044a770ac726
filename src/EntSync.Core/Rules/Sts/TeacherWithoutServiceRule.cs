using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Sts;

/// <summary>
/// STS-ENSEIGNANT-SANS-SERVICE: an INDIVIDU with FONCTION ENS whom no SERVICE of sts_emp names. Without a service the
/// teacher gets no class in the ENT (the ULIS case of the Occitanie guide). Individus without an ID are left out:
/// nothing could point to them, and the reader already warns about them.
/// </summary>
public sealed class TeacherWithoutServiceRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [StsAnomalies.EnseignantSansService.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.StsEmp);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var sts = pair.Current.Sts!;
        var file = pair.Current.FileOf(ExportKind.StsEmp);
        var withService = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in sts.Services)
        {
            foreach (var id in service.Enseignants) withService.Add(id);
        }

        foreach (var individu in sts.Individus)
        {
            if (!individu.IsEnseignant || individu.Id.Length == 0 || withService.Contains(individu.Id)) continue;
            yield return StsAnomalies.EnseignantSansService.Create(
                $"INDIVIDU:{individu.Id}",
                $"{StaffLabel.Of(individu)}, {(individu.Sexe == "2" ? "enseignante" : "enseignant")} dans STS-Web, n'a aucun service ({Path.GetFileName(file)}) : aucune classe ni aucun groupe " +
                "ne lui sera rattaché dans l'ENT.",
                file);
        }
    }
}
