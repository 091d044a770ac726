namespace EntSync.Core.Rules;

/// <summary>Every check EntSync runs, in one list.</summary>
public static class AnomalyRules
{
    public static IReadOnlyList<IAnomalyRule> CreateDefault() =>
    [
        new Files.SetAsideFilesRule(),
        new Files.PartialExportRule(),
        new Siecle.ResponsableDoublonRule(),
        new Siecle.EleveDoublonRule(),
        new Siecle.EleveSansIneRule(),
        new Siecle.EleveIncompletRule(),
        new Siecle.EleveSansDivisionRule(),
        new Siecle.EleveSansResponsableLegalRule(),
        new Siecle.ResponsablesLegauxMultiplesRule(),
        new Siecle.ResponsableSansContactRule(),
    ];
}
