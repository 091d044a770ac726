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
        new Edt.PartieDeClasseRule(),
        new Edt.StructureRenameRule(),
        new Edt.GroupeVideRule(),
        new Edt.CoursSansEnseignantRule(),
        new Edt.EnseignantInconnuStsRule(),
        new Edt.EnseignantSansServiceStsRule(),
        new Edt.StructureInconnueRule(),
        new Siecle.ResponsableDoublonRule(),
        new Siecle.EleveDoublonRule(),
        new Siecle.EleveSansIneRule(),
        new Siecle.EleveIncompletRule(),
        new Siecle.EleveSansDivisionRule(),
        new Siecle.EleveSansResponsableLegalRule(),
        new Siecle.ResponsablesLegauxMultiplesRule(),
        new Siecle.ResponsableSansContactRule(),
        new EdtEleves.EleveInconnuSiecleRule(),
        new EdtEleves.EleveAbsentRule(),
        new EdtEleves.EleveSortiRule(),
        new EdtEleves.EleveClasseDifferenteRule(),
        new EleveGroupe.EleveGroupeEleveInconnuRule(),
        new EleveGroupe.EleveGroupeGroupeInconnuRule(),
        new EleveGroupe.EleveGroupeSansMefRule(),
        new EleveGroupe.EleveGroupeNomFichierRule(),
        new Sources.SilentSourceRule(),
    ];
}
