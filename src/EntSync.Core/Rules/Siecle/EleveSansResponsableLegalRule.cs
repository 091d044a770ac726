using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-ELEVE-SANS-RESPONSABLE-LEGAL: a pupil still in the school with no link of legal level (NIVEAU_RESPONSABILITE 1,
/// or RESP_LEGAL 1/2 in older files) to a person of the guardians' export: no parent gets an ENT or ÉduConnect account.
/// </summary>
public sealed class EleveSansResponsableLegalRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.EleveSansResponsableLegal.Code];

    public string? MissingInput(SnapshotPair pair) =>
        RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves, ExportKind.SiecleResponsables);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var export = snapshot.Responsables!;
        var personnes = SiecleResponsables.ById(export);
        var liens = SiecleResponsables.ByEleve(export);
        var eleveFile = snapshot.FileOf(ExportKind.SiecleEleves);
        var responsableFile = snapshot.FileOf(ExportKind.SiecleResponsables);

        foreach (var eleve in SiecleEleves.ById(snapshot.Eleves!).Values)
        {
            if (!SiecleEleves.IsActive(eleve, settings.Today)) continue;
            var legaux = liens.GetValueOrDefault(eleve.EleveId)?.Where(SiecleResponsables.IsLegal).ToList() ?? [];
            if (legaux.Any(l => personnes.ContainsKey(l.PersonneId))) continue;

            var why = legaux.Count > 0
                ? $"son lien de responsable légal renvoie à une fiche absente de l'export des responsables (PERSONNE_ID {string.Join(", ", legaux.Select(l => l.PersonneId))})"
                : liens.ContainsKey(eleve.EleveId)
                    ? "ses responsables sont tous « en charge » ou « personne à contacter », aucun n'est responsable légal"
                    : "aucun responsable n'est rattaché à sa fiche";
            yield return SiecleAnomalies.EleveSansResponsableLegal.Create(
                $"ELEVE_ID:{eleve.EleveId}",
                $"{SiecleEleves.Describe(eleve)} n'a pas de responsable légal : {why} — {SiecleFiles.Label(responsableFile)}.",
                responsableFile, eleveFile);
        }
    }
}
