using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Sts;

/// <summary>
/// STS-STRUCTURE-SANS-SERVICE: a division or group of sts_emp that no teacher serves — no SERVICE at all, or only
/// services without ENSEIGNANT, which leave the structure just as empty of teachers in the ENT.
/// </summary>
public sealed class StructureWithoutServiceRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [StsAnomalies.StructureSansService.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.StsEmp);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var sts = pair.Current.Sts!;
        var file = pair.Current.FileOf(ExportKind.StsEmp);
        foreach (var d in sts.Divisions)
        {
            if (Problem(d.Services) is { } problem) yield return Create("DIVISION", "Division", d.Code, d.LibelleLong, problem, file);
        }

        foreach (var g in sts.Groupes)
        {
            if (Problem(g.Services) is { } problem) yield return Create("GROUPE", "Groupe", g.Code, g.LibelleLong, problem, file);
        }
    }

    private static string? Problem(IReadOnlyList<StsService> services)
    {
        if (services.Count == 0) return "aucun service";
        foreach (var s in services)
        {
            if (s.Enseignants.Count > 0) return null;
        }

        return services.Count == 1 ? "un service sans enseignant" : $"{services.Count} services, tous sans enseignant";
    }

    private static Anomaly Create(string kind, string what, string code, string? libelle, string problem, string file)
    {
        var name = libelle is { Length: > 0 } && libelle != code ? $"« {code} » ({libelle})" : $"« {code} »";
        return StsAnomalies.StructureSansService.Create(
            $"{kind}:{code}",
            $"{what} {name} : {problem} dans STS-Web ({Path.GetFileName(file)}) ; aucun enseignant n'y sera rattaché dans l'ENT.",
            file);
    }
}
