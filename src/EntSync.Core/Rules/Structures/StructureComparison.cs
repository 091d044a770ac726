using EntSync.Core.Model.Siecle;

namespace EntSync.Core.Rules.Structures;

/// <summary>
/// Compares one kind of structure (divisions or groups) between SIECLE and STS-Web, by exact code (« 3 A » keeps its
/// space, FORMATS.md §16.4). SIECLE knows a code when an active pupil is in it or when Structures.xml lists it; STS-Web
/// when sts_emp lists it. One anomaly per code, whichever side lacks it, with the pupils concerned counted and named.
/// </summary>
internal sealed class StructureComparison
{
    public required AnomalyDefinition Definition { get; init; }

    /// <summary>"DIVISION" or "GROUPE": the subject prefix.</summary>
    public required string SubjectPrefix { get; init; }

    /// <summary>"Division" or "Groupe", as the message starts.</summary>
    public required string Label { get; init; }

    public required bool Feminine { get; init; }

    /// <summary>Whether pupils are named with their class (for groups; a division's pupils all share it).</summary>
    public required bool PupilsWithDivision { get; init; }

    /// <summary>
    /// Whether a code STS-Web has and no pupil is in counts as unknown to SIECLE when Structures.xml was not received.
    /// True for divisions (every class has pupils); false for groups, empty in SIECLE until the élève-groupe import.
    /// </summary>
    public required bool StsOnlyWithoutStructures { get; init; }

    public required string StsFile { get; init; }
    public required string ElevesFile { get; init; }
    public string StructuresFile { get; init; } = "";

    public IEnumerable<Anomaly> Compare(IEnumerable<string> stsCodes, Dictionary<string, List<Eleve>> members, IReadOnlyCollection<string>? structures)
    {
        var sts = new HashSet<string>(stsCodes, StringComparer.Ordinal);
        var inStructures = structures is null ? null : new HashSet<string>(structures, StringComparer.Ordinal);

        var siecle = new SortedSet<string>(members.Keys, StringComparer.Ordinal);
        if (inStructures is not null) siecle.UnionWith(inStructures);
        foreach (var code in siecle)
        {
            if (!sts.Contains(code)) yield return UnknownToSts(code, members.GetValueOrDefault(code) ?? [], inStructures?.Contains(code) == true);
        }

        if (inStructures is null && !StsOnlyWithoutStructures) yield break;
        foreach (var code in sts.Order(StringComparer.Ordinal))
        {
            if (!members.ContainsKey(code) && inStructures?.Contains(code) != true) yield return UnknownToSiecle(code, inStructures is not null);
        }
    }

    private Anomaly UnknownToSts(string code, List<Eleve> eleves, bool inStructures)
    {
        var sts = Path.GetFileName(StsFile);
        var structures = Path.GetFileName(StructuresFile);
        string message;
        if (eleves.Count == 0)
        {
            message = $"{Label} « {code} » : {Agree("présent")} dans SIECLE ({structures}), sans élève, mais {Agree("inconnu")} de STS-Web ({sts}).";
        }
        else
        {
            var count = eleves.Count == 1 ? "1 élève actif y est inscrit" : $"{eleves.Count} élèves actifs y sont inscrits";
            var also = inStructures ? $" ; le code figure aussi dans {structures}" : "";
            message = $"{Label} « {code} » : {Agree("inconnu")} de STS-Web ({sts}) alors que {count} dans SIECLE : " +
                      $"{PupilLabel.List(eleves, PupilsWithDivision)}{also}.";
        }

        List<string> files = [StsFile];
        if (eleves.Count > 0) files.Add(ElevesFile);
        if (inStructures) files.Add(StructuresFile);
        return Definition.Create($"{SubjectPrefix}:{code}", message, [.. files]);
    }

    private Anomaly UnknownToSiecle(string code, bool structuresReceived)
    {
        var where = structuresReceived
            ? $"aucun élève actif n'y est inscrit ({Path.GetFileName(ElevesFile)}) et le code ne figure pas dans {Path.GetFileName(StructuresFile)}"
            : $"aucun élève actif n'y est inscrit ({Path.GetFileName(ElevesFile)})";
        List<string> files = [StsFile, ElevesFile];
        if (structuresReceived) files.Add(StructuresFile);
        return Definition.Create($"{SubjectPrefix}:{code}",
            $"{Label} « {code} » : {Agree("présent")} dans STS-Web ({Path.GetFileName(StsFile)}) mais {Agree("inconnu")} de SIECLE : {where}.",
            [.. files]);
    }

    private string Agree(string masculine) => Feminine ? masculine + "e" : masculine;
}
