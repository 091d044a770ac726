using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>ELEVE @ELEVE_ID → <see cref="Eleve"/>, old and new element names alike (FORMATS.md §2, §16).</summary>
internal static class EleveFields
{
    public const string MissingIdCode = "ELEVE-SANS-ID";

    public static Eleve Read(LightElement e, SiecleFields fields)
    {
        var id = e.Attr("ELEVE_ID") ?? e.Value("ELEVE_ID");
        if (id is null) WarnMissingId(e.Line, fields.Warnings);

        const string record = "élève ELEVE_ID";
        return new Eleve
        {
            EleveId = id ?? "",
            Elenoet = e.Attr("ELENOET") ?? e.Value("ELENOET"),
            Ine = e.Value("ID_NATIONAL"),
            IneRnie = e.Value("INE_RNIE"),
            IneBea = e.Value("INE_BEA"),
            IdPrvEle = e.Value("ID_PRV_ELE"),
            IdEleveEtab = e.Value("ID_ELEVE_ETAB"),
            NomDeFamille = e.Value("NOM_DE_FAMILLE", "NOM"),
            NomUsage = e.Value("NOM_USAGE"),
            Prenom = e.Value("PRENOM"),
            Prenom2 = e.Value("PRENOM2"),
            Prenom3 = e.Value("PRENOM3"),
            DateNaiss = fields.Date(e, "DATE_NAISS", record, id),
            CodeSexe = fields.Code(e.Value("CODE_SEXE")),
            CodePays = fields.Code(e.Value("CODE_PAYS")),
            CodeDepartementNaiss = fields.Code(e.Value("CODE_DEPARTEMENT_NAISS")),
            CodeCommuneInseeNaiss = fields.Code(e.Value("CODE_COMMUNE_INSEE_NAISS")),
            VilleNaiss = e.Value("VILLE_NAISS"),
            CodeMef = fields.Code(e.Value("CODE_MEF")),
            CodeStatut = fields.Code(e.Value("CODE_STATUT")),
            CodeRegime = fields.Code(e.Value("CODE_REGIME", "CODE_REGIME2")),
            DateEntree = e.Child("DATE_ENTREE") is not null
                ? fields.Date(e, "DATE_ENTREE", record, id)
                : fields.Date(e, "DATE_ENTREE_ELE", record, id),
            DateSortie = e.Child("DATE_SORTIE") is not null
                ? fields.Date(e, "DATE_SORTIE", record, id)
                : fields.Date(e, "DATE_SORTIE_ETAB", record, id),
            AdresseId = e.Value("ADRESSE_ID"),
            Line = e.Line,
        };
    }

    // Warnings are raised from separate methods: a lambda capturing the record would allocate on every record.
    private static void WarnMissingId(int line, SiecleWarnings warnings) =>
        warnings.Add(MissingIdCode,
            () => $"Élève sans ELEVE_ID (ligne {line}) : il est lu, mais ne peut être relié ni à sa classe ni à ses responsables.", line);
}
