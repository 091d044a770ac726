using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Sts;

/// <summary>
/// STS-NOM-STRUCTURE-INVALIDE: a division or group code with a character STS-Web refuses (see
/// <see cref="StructureCodeCharacters"/>). Looked for in sts_emp and, when received, in SIECLE's Structures.xml and in
/// the timetable's upload to STS-Web (emp_sts), where a « / » typed in EDT makes STS-Web reject the group. One anomaly
/// per structure, naming every file it appears in.
/// </summary>
public sealed class InvalidStructureNameRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [StsAnomalies.NomStructureInvalide.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.StsEmp);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var found = new Dictionary<(bool Groupe, string Code), List<string>>();

        void Look(ExportKind kind, IEnumerable<string> divisions, IEnumerable<string> groupes)
        {
            var file = snapshot.FileOf(kind);
            foreach (var code in divisions) Add(false, code, file);
            foreach (var code in groupes) Add(true, code, file);
        }

        void Add(bool groupe, string code, string file)
        {
            if (StructureCodeCharacters.Refused(code).Count == 0) return;
            if (!found.TryGetValue((groupe, code), out var files)) found[(groupe, code)] = files = [];
            if (!files.Contains(file)) files.Add(file);
        }

        var sts = snapshot.Sts!;
        Look(ExportKind.StsEmp, sts.Divisions.Select(d => d.Code), sts.Groupes.Select(g => g.Code));
        if (snapshot.Structures is { } structures)
        {
            Look(ExportKind.SiecleStructures, structures.Divisions.Select(d => d.Code), structures.Groupes.Select(g => g.Code));
        }

        if (snapshot.EdtSts is { } empSts)
        {
            Look(ExportKind.EdtSts, empSts.Divisions.Select(d => d.Code), empSts.Groupes.Select(g => g.Code));
        }

        foreach (var ((groupe, code), files) in found)
        {
            var refused = StructureCodeCharacters.Refused(code);
            var characters = refused.Count == 1
                ? $"le caractère {StructureCodeCharacters.Describe(refused[0])} n'est pas accepté"
                : $"les caractères {string.Join(", ", refused.Select(StructureCodeCharacters.Describe))} ne sont pas acceptés";
            var what = groupe ? "Groupe" : "Division";
            yield return StsAnomalies.NomStructureInvalide.Create(
                $"{(groupe ? "GROUPE" : "DIVISION")}:{code}",
                $"{what} « {code} » : {characters} par STS-Web, qui n'accepte que les lettres sans accent, les chiffres, l'espace, « - » et « _ » — " +
                $"{string.Join(", ", files.Select(Path.GetFileName))}.",
                [.. files]);
        }
    }
}
