using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>ADRESSE @ADRESSE_ID, shared by the pupil and guardian exports.</summary>
internal static class AdresseFields
{
    public static Adresse? Read(LightElement e, SiecleFields fields)
    {
        var id = e.Attr("ADRESSE_ID") ?? e.Value("ADRESSE_ID");
        if (id is null) return null;
        return new Adresse
        {
            AdresseId = id,
            Ligne1 = e.Value("LIGNE1_ADRESSE"),
            Ligne2 = e.Value("LIGNE2_ADRESSE"),
            Ligne3 = e.Value("LIGNE3_ADRESSE"),
            Ligne4 = e.Value("LIGNE4_ADRESSE"),
            BoitePostale = e.Value("BOITE_POSTALE"),
            CodePostal = fields.Code(e.Value("CODE_POSTAL")),
            LibellePostal = fields.Code(e.Value("LIBELLE_POSTAL")),
            CommuneEtrangere = e.Value("COMMUNE_ETRANGERE"),
            CodeCommuneInsee = fields.Code(e.Value("CODE_COMMUNE_INSEE")),
            CodeDepartement = fields.Code(e.Value("CODE_DEPARTEMENT")),
            CodePays = fields.Code(e.Value("CODE_PAYS")),
            LibellePays = fields.Code(e.Value("LL_PAYS")),
            Line = e.Line,
        };
    }

    /// <summary>By id, the first of duplicates winning (a duplicate id would be a SIECLE bug, not worth a warning).</summary>
    public static Dictionary<string, Adresse> ById(IReadOnlyList<Adresse> adresses)
    {
        var byId = new Dictionary<string, Adresse>(adresses.Count, StringComparer.Ordinal);
        foreach (var a in adresses) byId.TryAdd(a.AdresseId, a);
        return byId;
    }
}
