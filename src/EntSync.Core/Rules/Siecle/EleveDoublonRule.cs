using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-ELEVE-DOUBLON: one pupil under two ELEVE_ID, found by the same INE, or the same normalised name (NOM_DE_FAMILLE
/// or NOM_USAGE, and PRENOM) and birth date. The usual cause is a fiche created by hand for a pupil whose fiche should
/// have been imported. Reported when at least one of the fiches is a pupil still in the school.
/// </summary>
public sealed class EleveDoublonRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.EleveDoublon.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var eleves = SiecleEleves.ById(pair.Current.Eleves!).Values.ToList();
        var all = Enumerable.Range(0, eleves.Count).ToList();
        var groups = new DuplicateGroups(eleves.Count);
        groups.JoinOn(all, i => SiecleEleves.Ine(eleves[i])?.ToUpperInvariant(), "même INE");
        // Family and usage name both count: one fiche may carry as family name what the other has as usage name.
        groups.JoinOn(all.SelectMany(i => new[] { (i, PersonKey(eleves[i].NomDeFamille, eleves[i])), (i, PersonKey(eleves[i].NomUsage, eleves[i])) }),
            "mêmes nom, prénom et date de naissance");

        var file = pair.Current.FileOf(ExportKind.SiecleEleves);
        foreach (var (members, reasons) in groups.Groups())
        {
            var fiches = members.Select(i => eleves[i]).OrderBy(e => e.EleveId, SiecleIds.Order).ToList();
            if (!fiches.Any(e => SiecleEleves.IsActive(e, settings.Today))) continue;

            var ines = fiches.Select(SiecleEleves.Ine).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var why = string.Join(", ", reasons.Select(r => r == "même INE" && ines.Count == 1 ? $"même INE {ines[0]}" : r));
            yield return SiecleAnomalies.EleveDoublon.Create(
                SiecleIds.Subject("ELEVE_ID", fiches.Select(e => e.EleveId)),
                $"{fiches.Count} fiches pour un même élève ({why}) : {string.Join(" ; ", fiches.Select(SiecleEleves.Describe))} — {SiecleFiles.Label(file)}.",
                file);
        }
    }

    private static string? PersonKey(string? nom, Eleve eleve) =>
        SiecleEleves.Blank(nom) is null || SiecleEleves.Blank(eleve.Prenom) is null || eleve.DateNaiss is null
            ? null
            : NameKey.Person(nom, eleve.Prenom, eleve.DateNaiss);
}
