namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>A list of export kinds in the configuration: "tous" alone, or known kind names.</summary>
internal static class KindList
{
    public static void Validate(IReadOnlyList<string> kinds, string path, ConfigProblems problems)
    {
        var expected = $"« {SourcesValidator.AnyKind} » ou des types d'export parmi : {string.Join(", ", SourcesValidator.KindNames)}";
        if (kinds.Count == 0)
        {
            problems.Error(path, $"liste vide : {expected}");
            return;
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == SourcesValidator.AnyKind)
            {
                if (kinds.Count > 1) problems.Error(ConfigPath.Index(path, i), $"« {SourcesValidator.AnyKind} » s'emploie seul : retirez les autres types ou retirez « {SourcesValidator.AnyKind} »");
            }
            else if (!SourcesValidator.KindNames.Contains(kinds[i]))
            {
                problems.Error(ConfigPath.Index(path, i), $"type d'export inconnu « {kinds[i]} » : {expected}");
            }
        }
    }
}
