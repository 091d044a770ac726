using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// Reads Communs.xml (FORMATS.md §6): the school's UAJ block and the pupils' and teachers' school-year bounds. Files
/// write DATE_DEBUT_ELEVE/DATE_FIN_ELEVE, the specification DATE_DEB_ELEVE: both are read.
/// </summary>
internal sealed class SiecleCommunReader : IExportReader
{
    public ExportKind Kind => ExportKind.SiecleCommun;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var warnings = new SiecleWarnings();
        var fields = new SiecleFields(warnings);
        LightElement? uaj = null, annee = null;
        string? version = null;

        using (var reader = document.OpenXml())
        {
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "BEE_COMMUN" when r.Depth == 0:
                        version = BeeEnvelope.Version(r);
                        break;
                    case "PARAMETRES" when r.Depth == 1:
                        identity = BeeEnvelope.Complete(identity, LightElement.Read(r));
                        break;
                    case "UAJ" when r.Depth == 2 && uaj is null:
                        uaj = LightElement.Read(r);
                        break;
                    case "ANNEE_SCOLAIRE" when r.Depth == 2 && annee is null:
                        annee = LightElement.Read(r);
                        break;
                }
            }
        }

        var commun = Commun(uaj, annee, fields);
        if (identity.Uai is null && commun.Uai is not null) identity = identity with { Uai = commun.Uai };
        return new ReadResult(identity, new SiecleCommunExport(version, commun), warnings.ToList());
    }

    private static Commun Commun(LightElement? u, LightElement? a, SiecleFields fields)
    {
        DateOnly? Date(string name, string specName) =>
            a is null ? null : a.Child(name) is not null ? fields.Date(a, name, "année scolaire", null) : fields.Date(a, specName, "année scolaire", null);

        return new Commun
        {
            Uai = u?.Value("ETAB_UAJ_ID") ?? u?.Value("UAJ"),
            NumSiren = u?.Value("NUM_SIREN"),
            DenomPrinc = u?.Value("DENOM_PRINC"),
            DenomCompl = u?.Value("DENOM_COMPL"),
            NomResp = u?.Value("NOM_RESP"),
            QualResp = u?.Value("QUAL_RESP"),
            Ligne1 = u?.Value("LIGNE1_ADRESSE"),
            Ligne2 = u?.Value("LIGNE2_ADRESSE"),
            Ligne3 = u?.Value("LIGNE3_ADRESSE"),
            Ligne4 = u?.Value("LIGNE4_ADRESSE"),
            CodePostal = u?.Value("CODE_POSTAL"),
            LibellePostal = u?.Value("LIBELLE_POSTAL"),
            CodeCommuneInsee = u?.Value("CODE_COMMUNE_INSEE"),
            Telephone = u?.Value("TELEPHONE"),
            Mel = u?.Value("MEL_1", "MEL"),
            CodeTypeEtab = u?.Value("CODE_TYPE_ETAB"),
            DateDebutEleve = Date("DATE_DEBUT_ELEVE", "DATE_DEB_ELEVE"),
            DateFinEleve = Date("DATE_FIN_ELEVE", "DATE_FIN_ELEVE"),
            DateDebutProf = Date("DATE_DEBUT_PROF", "DATE_DEB_PROF"),
            DateFinProf = Date("DATE_FIN_PROF", "DATE_FIN_PROF"),
        };
    }
}
