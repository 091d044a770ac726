namespace EntSync.Core.Rules;

/// <summary>Every check EntSync runs, in one list.</summary>
public static class AnomalyRules
{
    public static IReadOnlyList<IAnomalyRule> CreateDefault() =>
    [
        new Files.SetAsideFilesRule(),
        new Files.PartialExportRule(),
        new EdtEleves.EleveInconnuSiecleRule(),
        new EdtEleves.EleveAbsentRule(),
        new EdtEleves.EleveSortiRule(),
        new EdtEleves.EleveClasseDifferenteRule(),
        new EleveGroupe.EleveGroupeEleveInconnuRule(),
        new EleveGroupe.EleveGroupeGroupeInconnuRule(),
        new EleveGroupe.EleveGroupeSansMefRule(),
        new EleveGroupe.EleveGroupeNomFichierRule(),
    ];
}
