using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// One STRUCTURES_ELEVE block: the pupil's division (TYPE_STRUCTURE D) and groups (G). Kept apart from the pupil
/// because the block may come before or after the ELEVE: they are joined at the end of the file.
/// </summary>
internal sealed record StructuresEleveBlock(string? Division, IReadOnlyList<string> Groupes, int Line)
{
    public const string SeveralDivisionsCode = "PLUSIEURS-DIVISIONS";

    public static StructuresEleveBlock Read(LightElement e, string eleveId, SiecleFields fields)
    {
        string? division = null;
        List<string>? groupes = null;
        foreach (var s in e.ChildrenNamed("STRUCTURE"))
        {
            var code = s.Value("CODE_STRUCTURE");
            if (code is null) continue;
            switch (s.Value("TYPE_STRUCTURE"))
            {
                case "D" when division is null:
                    division = fields.Code(code);
                    break;
                case "D":
                    WarnSeveralDivisions(eleveId, division, code, s.Line, fields.Warnings);
                    break;
                case "G":
                    (groupes ??= []).Add(fields.Code(code)!);
                    break;
            }
        }

        // An exact array rather than the list that grew: one per pupil, 100,000 at académie scale.
        return new StructuresEleveBlock(division, groupes is null ? [] : groupes.ToArray(), e.Line);
    }

    // Apart so that the message closure is only allocated when the warning is raised.
    private static void WarnSeveralDivisions(string eleveId, string kept, string ignored, int line, SiecleWarnings warnings) =>
        warnings.Add(SeveralDivisionsCode,
            () => $"L'élève ELEVE_ID={eleveId} a plusieurs divisions (ligne {line}) : seule la première, « {kept} », est retenue ; « {ignored} » est ignorée.",
            line);
}
