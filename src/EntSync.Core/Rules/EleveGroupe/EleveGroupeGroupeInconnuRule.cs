using EntSync.Core.Model;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.EleveGroupe;

/// <summary>
/// ELEGROUPE-GROUPE-INCONNU: a CODE_GROUPE of the élève-groupe file that is not a group (TYPE G) SIECLE knows
/// (GROUPE_A_01). What SIECLE knows is read from Structures.xml when received, else from STS-Web's sts_emp (SIECLE
/// takes its structures from STS-Web), else from the groups SIECLE's pupils are in. One anomaly per group.
/// </summary>
public sealed class EleveGroupeGroupeInconnuRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EleveGroupeAnomalies.GroupeInconnu.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.FirstOf(
        RuleInputs.Missing(pair.Current, ExportKind.EleveGroupe),
        pair.Current.Structures is null && pair.Current.Sts is null && pair.Current.Eleves is null
            ? RuleInputs.Missing(pair.Current, ExportKind.SiecleStructures, ExportKind.StsEmp, ExportKind.SiecleEleves)
            : null);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var (known, where, reference) = KnownGroups(snapshot);
        var file = snapshot.FileOf(ExportKind.EleveGroupe);
        var members = new Dictionary<string, List<EleveGroupeEleve>>(StringComparer.Ordinal);
        foreach (var e in snapshot.EleveGroupe!.Eleves)
        {
            foreach (var code in e.Groupes.Select(g => g.CodeGroupe).Distinct(StringComparer.Ordinal))
            {
                if (known.Contains(code)) continue;
                if (!members.TryGetValue(code, out var list)) members[code] = list = [];
                list.Add(e);
            }
        }

        foreach (var (code, eleves) in members.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var names = PupilLabel.List(eleves.Select(PupilLabel.Of).ToList());
            yield return EleveGroupeAnomalies.GroupeInconnu.Create(
                $"GROUPE:{code}",
                $"Le groupe « {code} » du fichier élève-groupe {PupilLabel.File(file)} n'existe pas {where} : SIECLE rejettera les liens de " +
                $"{(eleves.Count == 1 ? "son élève" : $"ses {eleves.Count} élèves")} ({names}).",
                file, reference);
        }
    }

    private static (HashSet<string> Known, string Where, string File) KnownGroups(SchoolSnapshot snapshot)
    {
        if (snapshot.Structures is { } structures)
        {
            var file = snapshot.FileOf(ExportKind.SiecleStructures);
            return (structures.Groupes.Select(g => g.Code).ToHashSet(StringComparer.Ordinal), $"dans les structures de SIECLE ({PupilLabel.File(file)})", file);
        }

        if (snapshot.Sts is { } sts)
        {
            var file = snapshot.FileOf(ExportKind.StsEmp);
            return (sts.Groupes.Select(g => g.Code).ToHashSet(StringComparer.Ordinal), $"dans STS-Web ({PupilLabel.File(file)}), d'où SIECLE tient ses groupes", file);
        }

        var eleves = snapshot.FileOf(ExportKind.SiecleEleves);
        return (snapshot.Eleves!.Eleves.SelectMany(e => e.Groupes).ToHashSet(StringComparer.Ordinal),
            $"dans SIECLE (aucun élève de {PupilLabel.File(eleves)} n'y est inscrit ; Structures.xml n'a pas été reçu)", eleves);
    }
}
