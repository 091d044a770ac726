using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-RESPONSABLES-LEGAUX-MULTIPLES: a pupil still in the school with more than two legal guardians, or (files
/// before 2019, RESP_LEGAL) two « responsable légal 1 » or two « responsable légal 2 ». Readers of the file then keep
/// an arbitrary two (GEPI demotes the others), so the ENT may give the account to the wrong person; often a duplicate.
/// </summary>
public sealed class ResponsablesLegauxMultiplesRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.ResponsablesLegauxMultiples.Code];

    public string? MissingInput(SnapshotPair pair) =>
        RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves, ExportKind.SiecleResponsables);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var export = snapshot.Responsables!;
        var personnes = SiecleResponsables.ById(export);
        var liens = SiecleResponsables.ByEleve(export);
        var file = snapshot.FileOf(ExportKind.SiecleResponsables);

        foreach (var eleve in SiecleEleves.ById(snapshot.Eleves!).Values)
        {
            if (!SiecleEleves.IsActive(eleve, settings.Today) || !liens.TryGetValue(eleve.EleveId, out var all)) continue;
            var legaux = all.Where(SiecleResponsables.IsLegal).DistinctBy(l => l.PersonneId).ToList();
            if (Problem(legaux) is not { } problem) continue;

            var names = legaux.Select(l => personnes.TryGetValue(l.PersonneId, out var p) ? SiecleResponsables.Describe(p) : $"PERSONNE_ID {l.PersonneId}");
            yield return SiecleAnomalies.ResponsablesLegauxMultiples.Create(
                $"ELEVE_ID:{eleve.EleveId}",
                $"{SiecleEleves.Describe(eleve)} a {problem} : {string.Join(", ", names)} — {SiecleFiles.Label(file)}.",
                file, snapshot.FileOf(ExportKind.SiecleEleves));
        }
    }

    private static string? Problem(List<ResponsableEleve> legaux)
    {
        if (legaux.Count > 2) return $"{legaux.Count} responsables légaux";
        foreach (var rank in new[] { 1, 2 })
        {
            if (legaux.Count(l => l.NiveauResponsabilite is null && l.RespLegal == rank) > 1) return $"deux « responsable légal {rank} »";
        }

        return null;
    }
}
