using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-RESPONSABLE-DOUBLON: the same person entered twice, the académie guides' first cause of duplicate ENT accounts
/// (one parent account per child). Two PERSONNE fiches with the same normalised name (civilité, NOM_DE_FAMILLE or NOM_USAGE, and
/// PRENOM) that also share the address (same ADRESSE_ID, or same normalised lines and postal code), the mobile phone or
/// the e-mail. A shared phone or e-mail alone is not enough: couples often share both. Fiches are grouped by name key
/// first, so the check stays linear. Reported when at least one fiche is linked to a pupil still in the school.
/// </summary>
public sealed class ResponsableDoublonRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.ResponsableDoublon.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.SiecleResponsables);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var export = snapshot.Responsables!;
        var personnes = SiecleResponsables.ById(export).Values.ToList();
        var eleves = snapshot.Eleves is { } e ? SiecleEleves.ById(e) : null;
        var liens = SiecleResponsables.ByPersonne(export);

        var groups = new DuplicateGroups(personnes.Count);
        foreach (var bucket in NameBuckets(personnes).Values.Where(b => b.Count > 1))
        {
            groups.JoinOn(bucket, i => personnes[i].AdresseId?.Trim(), "même adresse");
            groups.JoinOn(bucket, i => ContactKeys.Adresse(personnes[i].Adresse), "même adresse");
            groups.JoinOn(bucket, i => ContactKeys.Telephone(personnes[i].TelPortable), "même téléphone portable");
            groups.JoinOn(bucket, i => ContactKeys.Mel(personnes[i].Mel), "même courriel");
        }

        var file = snapshot.FileOf(ExportKind.SiecleResponsables);
        foreach (var (members, reasons) in groups.Groups())
        {
            var fiches = members.Select(i => personnes[i]).OrderBy(p => p.PersonneId, SiecleIds.Order).ToList();
            var pupils = fiches.ToDictionary(p => p.PersonneId, p => liens.GetValueOrDefault(p.PersonneId)?.Select(l => l.EleveId).Distinct().ToList() ?? []);
            if (!pupils.Values.SelectMany(ids => ids).Any(id => IsCurrent(id, eleves, settings.Today))) continue;

            var described = fiches.Select(p => $"fiche « {SiecleResponsables.Describe(p)} » rattachée à {Pupils(pupils[p.PersonneId], eleves)}");
            string[] files = eleves is null ? [file] : [file, snapshot.FileOf(ExportKind.SiecleEleves)];
            yield return SiecleAnomalies.ResponsableDoublon.Create(
                SiecleIds.Subject("PERSONNE_ID", fiches.Select(p => p.PersonneId)),
                $"{SiecleResponsables.Describe(fiches[0])} est saisi{SiecleResponsables.Accord(fiches[0])} {fiches.Count} fois ({string.Join(", ", ["même nom", .. reasons])}) : " +
                $"{string.Join(" ; ", described)} — {SiecleFiles.Label(file)}.",
                files);
        }
    }

    /// <summary>Fiche indexes by « CIVILITE|NOM|PRENOM », under both the family name and the usage name when they differ.</summary>
    private static Dictionary<string, List<int>> NameBuckets(List<Personne> personnes)
    {
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < personnes.Count; i++)
        {
            var prenom = NameKey.Normalize(personnes[i].Prenom);
            if (prenom.Length == 0) continue;
            var civilite = Civilite(personnes[i]);
            foreach (var nom in new[] { personnes[i].NomDeFamille, personnes[i].NomUsage }.Select(NameKey.Normalize).Where(n => n.Length > 0).Distinct())
            {
                var key = $"{civilite}|{nom}|{prenom}";
                if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
                bucket.Add(i);
            }
        }

        return buckets;
    }

    /// <summary>
    /// The civilité in the key, so that a father and a mother with the same first name (Camille, Dominique…) at the same
    /// address are not taken for one person; "(e)" when unknown.
    /// </summary>
    private static string Civilite(Personne personne) => SiecleResponsables.Accord(personne);

    /// <summary>Without the pupil export, any linked pupil counts: the duplicate is real either way.</summary>
    private static bool IsCurrent(string eleveId, IReadOnlyDictionary<string, Eleve>? eleves, DateOnly today) =>
        eleves is null || (eleves.TryGetValue(eleveId, out var eleve) && SiecleEleves.IsActive(eleve, today));

    private static string Pupils(List<string> ids, IReadOnlyDictionary<string, Eleve>? eleves) =>
        ids.Count == 0 ? "aucun élève" : string.Join(", ", ids.Select(id => SiecleEleves.Describe(id, eleves)));
}
