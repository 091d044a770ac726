namespace EntSync.Core.Model;

/// <summary>What each kind is called in French, for people who read summaries and reports.</summary>
public static class ExportKindLabels
{
    public static string French(ExportKind kind) => kind switch
    {
        ExportKind.SiecleEleves => "SIECLE – élèves",
        ExportKind.SiecleResponsables => "SIECLE – responsables",
        ExportKind.SiecleNomenclatures => "SIECLE – nomenclatures",
        ExportKind.SiecleStructures => "SIECLE – structures",
        ExportKind.SiecleCommun => "SIECLE – données communes",
        ExportKind.StsEmp => "STS-Web – export emploi du temps (sts_emp)",
        ExportKind.EdtSts => "EDT → STS-Web (emp_sts)",
        ExportKind.EdtChiffre => "EDT/PRONOTE – export ENT chiffré",
        ExportKind.EdtClair => "EDT/PRONOTE – export ENT en clair",
        ExportKind.EdtTexte => "EDT – export texte des cours",
        ExportKind.Udt => "UDT – export emploi du temps",
        ExportKind.EleveGroupe => "Liens élève-groupe pour SIECLE",
        _ => "inconnu",
    };

    public static string SchoolYear(int year) => $"{year}-{year + 1}";
}
