namespace EntSync.Core.Rules;

/// <summary>Every check EntSync runs, in one list.</summary>
public static class AnomalyRules
{
    public static IReadOnlyList<IAnomalyRule> CreateDefault() =>
    [
        new Files.SetAsideFilesRule(),
        new Files.PartialExportRule(),
        new Sts.InvalidStructureNameRule(),
        new Sts.TeacherWithoutServiceRule(),
        new Sts.StructureWithoutServiceRule(),
        new Sts.StaleStsExportRule(),
        new Structures.UnknownDivisionRule(),
        new Structures.UnknownGroupRule(),
    ];
}
