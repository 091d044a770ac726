using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>PERSONNE @PERSONNE_ID and RESPONSABLE_ELEVE → records, old and new layouts alike (FORMATS.md §3, §16).</summary>
internal static class PersonneFields
{
    public const string MissingIdCode = "RESPONSABLE-SANS-ID";

    public static Personne Read(LightElement e, SiecleFields fields)
    {
        var id = e.Attr("PERSONNE_ID") ?? e.Value("PERSONNE_ID");
        if (id is null) WarnMissingId(e.Line, fields.Warnings);

        return new Personne
        {
            PersonneId = id ?? "",
            IdPrvPer = e.Value("ID_PRV_PER"),
            Civilite = fields.Code(e.Value("LC_CIVILITE")),
            CiviliteLongue = fields.Code(e.Value("LL_CIVILITE")),
            NomDeFamille = e.Value("NOM_DE_FAMILLE", "NOM"),
            NomUsage = e.Value("NOM_USAGE"),
            Prenom = e.Value("PRENOM"),
            TelPersonnel = e.Value("TEL_PERSONNEL"),
            TelPortable = e.Value("TEL_PORTABLE"),
            TelProfessionnel = e.Value("TEL_PROFESSIONNEL"),
            Mel = e.Value("MEL"),
            AdresseId = e.Value("ADRESSE_ID"),
            CodeProfession = fields.Code(e.Value("CODE_PROFESSION")),
            Line = e.Line,
        };
    }

    public static ResponsableEleve ReadLien(LightElement e, SiecleFields fields)
    {
        var eleveId = e.Value("ELEVE_ID") ?? e.Attr("ELEVE_ID");
        var personneId = e.Value("PERSONNE_ID") ?? e.Attr("PERSONNE_ID");
        if (eleveId is null || personneId is null) WarnMissingLinkId(e.Line, fields.Warnings);

        return new ResponsableEleve
        {
            EleveId = eleveId ?? "",
            PersonneId = personneId ?? "",
            NiveauResponsabilite = SiecleFields.Int(e.Value("NIVEAU_RESPONSABILITE")),
            RespLegal = SiecleFields.Int(e.Value("RESP_LEGAL")),
            CodeParente = fields.Code(e.Value("CODE_PARENTE")),
            PaieFraisScolaires = SiecleFields.Bool(e.Value("PAIE_FRAIS_SCOLAIRES")),
            Line = e.Line,
        };
    }

    // Warnings are raised from separate methods: a lambda capturing the record would allocate on every record.
    private static void WarnMissingId(int line, SiecleWarnings warnings) =>
        warnings.Add(MissingIdCode, () => $"Personne sans PERSONNE_ID (ligne {line}) : elle est lue, mais ne peut être reliée à aucun élève.", line);

    private static void WarnMissingLinkId(int line, SiecleWarnings warnings) =>
        warnings.Add(MissingIdCode, () => $"Lien RESPONSABLE_ELEVE sans ELEVE_ID ou sans PERSONNE_ID (ligne {line}) : il ne relie personne.", line);
}
