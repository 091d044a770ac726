using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// EDT-GROUPE-RENOMME and EDT-CLASSE-RENOMMEE: between the previous timetable export and this one, a class or group
/// vanished and another of the same kind appeared with mostly the same pupils (when both exports carry pupils) and the
/// same subjects and teachers: the ENT will delete the old one and create the new one. Similarity is the share in
/// common of the larger side, on each measure, at least <see cref="CheckSettings.RenameSimilarity"/>. Candidates are
/// found through shared pupils and courses, never by comparing every pair.
/// </summary>
public sealed class StructureRenameRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.GroupeRenomme.Code, EdtAnomalies.ClasseRenommee.Code];

    public string? MissingInput(SnapshotPair pair)
    {
        if (RuleInputs.MissingTimetable(pair.Current) is { } missing) return missing;
        if (pair.Previous?.Timetable is not { } previous) return "pas d'export précédent de l'emploi du temps pour comparer";
        return previous.Source == pair.Current.Timetable!.Source
            ? null
            : $"l'export précédent de l'emploi du temps vient d'une autre source ({ExportKindLabels.French(previous.Source)}) : les noms ne se comparent pas";
    }

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var current = pair.Current.Timetable!;
        var previous = pair.Previous!.Timetable!;
        var before = StructureFootprint.Of(previous);
        var now = StructureFootprint.Of(current);
        var gone = before.Values.Where(f => !now.ContainsKey(f.Nom)).ToList();
        var added = now.Values.Where(f => !before.ContainsKey(f.Nom)).ToList();
        if (gone.Count == 0 || added.Count == 0) return [];

        var comparePupils = previous.HasEleves && current.HasEleves;
        var matches = Candidates(gone, added, comparePupils, settings.RenameSimilarity)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Old.Nom, StringComparer.Ordinal).ThenBy(m => m.New.Nom, StringComparer.Ordinal);

        var taken = new HashSet<StructureFootprint>(ReferenceEqualityComparer.Instance);
        var anomalies = new List<Anomaly>();
        foreach (var m in matches)
        {
            if (!taken.Add(m.Old) || !taken.Add(m.New)) continue;
            anomalies.Add(Report(m, IsClasse(m, pair), comparePupils, current, previous));
        }

        return anomalies;
    }

    private static IEnumerable<RenameCandidate> Candidates(List<StructureFootprint> gone, List<StructureFootprint> added, bool comparePupils, double threshold)
    {
        var byPupil = Index(gone, f => f.Eleves);
        var byCours = Index(gone, f => f.Cours);
        foreach (var a in added)
        {
            var pupils = comparePupils ? Overlaps(a.Eleves, byPupil) : [];
            var cours = Overlaps(a.Cours, byCours);
            foreach (var old in pupils.Keys.Union(cours.Keys))
            {
                if (old.Kind != a.Kind) continue;
                var m = new RenameCandidate(old, a, pupils.GetValueOrDefault(old), cours.GetValueOrDefault(old));
                m = m with { Score = m.Similarity(comparePupils) };
                if (m.Score >= threshold) yield return m;
            }
        }
    }

    private static Dictionary<string, List<StructureFootprint>> Index(List<StructureFootprint> structures, Func<StructureFootprint, HashSet<string>> keys)
    {
        var index = new Dictionary<string, List<StructureFootprint>>(StringComparer.Ordinal);
        foreach (var f in structures)
        {
            foreach (var key in keys(f))
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(f);
            }
        }

        return index;
    }

    private static Dictionary<StructureFootprint, int> Overlaps(HashSet<string> keys, Dictionary<string, List<StructureFootprint>> index)
    {
        var counts = new Dictionary<StructureFootprint, int>(ReferenceEqualityComparer.Instance);
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list)) continue;
            foreach (var f in list) counts[f] = counts.GetValueOrDefault(f) + 1;
        }

        return counts;
    }

    /// <summary>The text export does not say class or group: a name STS-Web knows as a division is a class.</summary>
    private static bool IsClasse(RenameCandidate m, SnapshotPair pair)
    {
        if (m.Old.Kind != TimetableStructureKind.Indetermine) return m.Old.Kind == TimetableStructureKind.Classe;
        bool Division(SchoolSnapshot? s, string name) => s?.Sts?.Divisions.Any(d => d.Code.Trim() == name.Trim()) == true;
        return Division(pair.Previous, m.Old.Nom) || Division(pair.Current, m.New.Nom) || Division(pair.Current, m.Old.Nom);
    }

    private static Anomaly Report(RenameCandidate m, bool classe, bool comparePupils, TimetableView current, TimetableView previous)
    {
        var definition = classe ? EdtAnomalies.ClasseRenommee : EdtAnomalies.GroupeRenomme;
        var what = classe ? "Classe renommée" : "Groupe renommé";
        var evidence = new List<string>();
        if (comparePupils && Math.Max(m.Old.Eleves.Count, m.New.Eleves.Count) > 0)
        {
            evidence.Add($"{m.CommonPupils} élève(s) en commun sur {Math.Max(m.Old.Eleves.Count, m.New.Eleves.Count)}");
        }

        if (Math.Max(m.Old.Cours.Count, m.New.Cours.Count) > 0)
        {
            evidence.Add($"{m.CommonCours} couple(s) matière-enseignant en commun sur {Math.Max(m.Old.Cours.Count, m.New.Cours.Count)}");
        }

        var files = current.File == previous.File ? [current.File] : new[] { current.File, previous.File };
        return definition.Create($"{(classe ? "DIVISION" : "GROUPE")}:{m.Old.Nom}->{m.New.Nom}",
            $"{what} dans l'emploi du temps : « {m.Old.Nom} » → « {m.New.Nom} » ({TimetableWording.List(evidence)}). " +
            $"L'ENT va supprimer « {m.Old.Nom} » et créer « {m.New.Nom} » — {current.File} (export précédent : {previous.File}).",
            files);
    }
}
