using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-RESPONSABLE-SANS-CONTACT: a legal guardian of a pupil still in the school with neither mobile phone
/// (TEL_PORTABLE) nor e-mail: the parent cannot activate the ÉduConnect account alone (activation goes through the
/// mobile declared in SIECLE). One anomaly per person, naming all their children.
/// </summary>
public sealed class ResponsableSansContactRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.ResponsableSansContact.Code];

    public string? MissingInput(SnapshotPair pair) =>
        RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves, ExportKind.SiecleResponsables);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var export = snapshot.Responsables!;
        var eleves = SiecleEleves.ById(snapshot.Eleves!);
        var liens = SiecleResponsables.ByPersonne(export);
        var file = snapshot.FileOf(ExportKind.SiecleResponsables);

        foreach (var personne in SiecleResponsables.ById(export).Values)
        {
            if (SiecleEleves.Blank(personne.TelPortable) is not null || SiecleEleves.Blank(personne.Mel) is not null) continue;
            var enfants = liens.GetValueOrDefault(personne.PersonneId)?
                .Where(l => SiecleResponsables.IsLegal(l) && eleves.TryGetValue(l.EleveId, out var e) && SiecleEleves.IsActive(e, settings.Today))
                .Select(l => eleves[l.EleveId]).DistinctBy(e => e.EleveId).ToList() ?? [];
            if (enfants.Count == 0) continue;

            yield return SiecleAnomalies.ResponsableSansContact.Create(
                $"PERSONNE_ID:{personne.PersonneId}",
                $"{SiecleResponsables.Describe(personne)}, responsable légal{SiecleResponsables.Accord(personne)} de {string.Join(", ", enfants.Select(SiecleEleves.Describe))}, " +
                $"n'a ni téléphone portable ni courriel — {SiecleFiles.Label(file)}.",
                file, snapshot.FileOf(ExportKind.SiecleEleves));
        }
    }
}
