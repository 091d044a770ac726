using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Siecle;

/// <summary>Small hand-made SIECLE pupils, guardians and links: complete and valid unless a test says otherwise.</summary>
internal static class SiecleFixtures
{
    public static readonly CheckSettings Settings = CheckSettings.Default with { Today = new DateOnly(2026, 10, 6) };

    public static Eleve Eleve(string id, string nom = "MARTIN", string prenom = "Léa", string? division = "6E2") => new()
    {
        EleveId = id,
        Ine = $"0{id.PadLeft(9, '0')}A",
        NomDeFamille = nom,
        Prenom = prenom,
        DateNaiss = new DateOnly(2014, 3, 12),
        CodeSexe = "2",
        CodePays = "100",
        CodeCommuneInseeNaiss = "76540",
        CodeMef = "10010012110",
        Division = division,
        DateEntree = new DateOnly(2026, 9, 1),
    };

    public static Adresse Adresse(string id, string ligne1 = "12 rue Victor Hugo", string codePostal = "76000") =>
        new() { AdresseId = id, Ligne1 = ligne1, CodePostal = codePostal, LibellePostal = "ROUEN" };

    public static Personne Personne(string id, string nom = "MARTIN", string prenom = "Sophie", string civilite = "MME", Adresse? adresse = null) => new()
    {
        PersonneId = id,
        Civilite = civilite,
        NomDeFamille = nom,
        Prenom = prenom,
        TelPortable = $"+336{id.PadLeft(8, '0')}",
        Mel = $"personne{id}@exemple.fr",
        AdresseId = adresse?.AdresseId,
        Adresse = adresse,
    };

    public static ResponsableEleve Lien(string eleveId, string personneId, int niveau = 1) =>
        new() { EleveId = eleveId, PersonneId = personneId, NiveauResponsabilite = niveau, CodeParente = "10" };

    /// <summary>An old-layout link (before 2019): RESP_LEGAL 0, 1 or 2, no NIVEAU_RESPONSABILITE.</summary>
    public static ResponsableEleve LienAncien(string eleveId, string personneId, int respLegal) =>
        new() { EleveId = eleveId, PersonneId = personneId, RespLegal = respLegal, CodeParente = "1" };

    public static SchoolSnapshot School(IReadOnlyList<Eleve>? eleves = null, IReadOnlyList<Personne>? personnes = null, IReadOnlyList<ResponsableEleve>? liens = null)
    {
        var builder = new SnapshotBuilder();
        if (eleves is not null)
        {
            builder.With(ExportKind.SiecleEleves, new SiecleElevesExport("3.0", SiecleVariants.SansAdresses, eleves, []), file: "ElevesSansAdresses.xml");
        }

        if (personnes is not null || liens is not null)
        {
            var adresses = (personnes ?? []).Select(p => p.Adresse).OfType<Adresse>().DistinctBy(a => a.AdresseId).ToList();
            builder.With(ExportKind.SiecleResponsables,
                new SiecleResponsablesExport("2.1", SiecleVariants.AvecAdresses, personnes ?? [], liens ?? [], adresses), file: "ResponsablesAvecAdresses.xml");
        }

        return builder.Build();
    }

    public static List<Anomaly> Run(IAnomalyRule rule, SchoolSnapshot snapshot)
    {
        var pair = new SnapshotPair(snapshot, null);
        Assert.Null(rule.MissingInput(pair));
        return rule.Evaluate(pair, Settings).ToList();
    }

    public static List<Anomaly> Run(IAnomalyRule rule, SnapshotPair pair)
    {
        Assert.Null(rule.MissingInput(pair));
        return rule.Evaluate(pair, CheckSettings.Default).ToList();
    }
}
