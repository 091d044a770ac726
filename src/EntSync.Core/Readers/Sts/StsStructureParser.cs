using EntSync.Core.Model.Sts;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Sts;

/// <summary>
/// Reads the DIVISION and GROUPE records shared by sts_emp (STS_EDT) and emp_sts (EDT_STS): their MEFs, their group
/// memberships, their services and, in emp_sts, the courses under each teacher. Wrapper elements (SERVICES,
/// ENSEIGNANTS…) are optional: items written straight under their owner are read too.
/// </summary>
internal sealed class StsStructureParser(StsFields fields)
{
    public List<StsService> Services { get; } = [];

    public List<StsCours> Cours { get; } = [];

    public StsDivision Division(LightElement e)
    {
        var code = Code(e) ?? "";
        return new StsDivision
        {
            Code = code,
            LibelleLong = e.Value("LIBELLE_LONG"),
            EffectifPrevu = fields.Int(e, "EFFECTIF_PREVU"),
            Mefs = Codes(e, "MEFS_APPARTENANCE", "MEF_APPARTENANCE"),
            Services = ServicesOf(e, code, surGroupe: false),
            Line = e.Line,
        };
    }

    public StsGroupe Groupe(LightElement e)
    {
        var code = Code(e) ?? "";
        return new StsGroupe
        {
            Code = code,
            LibelleLong = e.Value("LIBELLE_LONG"),
            EffectifPrevu = fields.Int(e, "EFFECTIF_PREVU"),
            Divisions = Codes(e, "DIVISIONS_APPARTENANCE", "DIVISION_APPARTENANCE"),
            Mefs = Codes(e, "MEFS_APPARTENANCE", "MEF_APPARTENANCE"),
            Services = ServicesOf(e, code, surGroupe: true),
            Line = e.Line,
        };
    }

    /// <summary>Children named <paramref name="item"/> of the <paramref name="wrapper"/> child, and of <paramref name="owner"/> itself.</summary>
    internal static IEnumerable<LightElement> Items(LightElement owner, string wrapper, string item)
    {
        foreach (var c in owner.Children)
        {
            if (c.Name == item)
            {
                yield return c;
            }
            else if (c.Name == wrapper)
            {
                foreach (var i in c.Children)
                {
                    if (i.Name == item) yield return i;
                }
            }
        }
    }

    /// <summary>A code as STS writes it (attribute CODE), or as a hand-made file might (element CODE or text).</summary>
    internal static string? Code(LightElement e, string name = "CODE") =>
        e.Attr(name) ?? e.Value(name) ?? (e.Children.Count == 0 && e.Text.Trim() is { Length: > 0 } t ? t : null);

    private static List<string> Codes(LightElement owner, string wrapper, string item)
    {
        var codes = new List<string>();
        foreach (var i in Items(owner, wrapper, item))
        {
            if (Code(i) is { } code) codes.Add(code);
        }

        return codes;
    }

    private List<StsService> ServicesOf(LightElement structure, string code, bool surGroupe)
    {
        var services = new List<StsService>();
        foreach (var s in Items(structure, "SERVICES", "SERVICE"))
        {
            var matiere = Code(s, "CODE_MATIERE") ?? "";
            var enseignants = new List<string>();
            foreach (var t in Items(s, "ENSEIGNANTS", "ENSEIGNANT"))
            {
                var id = t.Attr("ID") ?? t.Value("ID");
                if (id is not null) enseignants.Add(id);
                AddCours(t, code, surGroupe, matiere, id);
            }

            // A course written straight under its service has no teacher to hang on.
            AddCours(s, code, surGroupe, matiere, null);
            var service = new StsService
            {
                StructureCode = code,
                SurGroupe = surGroupe,
                CodeMatiere = matiere,
                CodeModCours = s.Attr("CODE_MOD_COURS") ?? s.Value("CODE_MOD_COURS"),
                Enseignants = enseignants,
                Line = s.Line,
            };
            services.Add(service);
            Services.Add(service);
        }

        return services;
    }

    private void AddCours(LightElement owner, string structure, bool surGroupe, string matiere, string? enseignant)
    {
        foreach (var c in Items(owner, "COURS_RATTACHES", "COURS"))
        {
            Cours.Add(new StsCours
            {
                StructureCode = structure,
                SurGroupe = surGroupe,
                CodeMatiere = matiere,
                EnseignantId = enseignant,
                CodeAlternance = c.Value("CODE_ALTERNANCE"),
                Jour = fields.Int(c, "JOUR"),
                HeureDebut = fields.Heure(c, "HEURE_DEBUT"),
                DureeMinutes = fields.DureeMinutes(c, "DUREE"),
                CodeSalle = c.Value("CODE_SALLE"),
                Line = c.Line,
            });
        }
    }
}
