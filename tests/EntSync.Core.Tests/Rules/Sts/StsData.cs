using EntSync.Core.Model.Siecle;
using EntSync.Core.Model.Sts;

namespace EntSync.Core.Tests.Rules.Sts;

/// <summary>Small hand-made STS-Web and SIECLE contents for the STS and structure rule tests.</summary>
internal static class StsData
{
    public static StsService Service(string structure, bool groupe, params string[] enseignants) =>
        new() { StructureCode = structure, SurGroupe = groupe, CodeMatiere = "020700", CodeModCours = "CG", Enseignants = enseignants };

    public static StsDivision Division(string code, params StsService[] services) => new() { Code = code, LibelleLong = code, Services = services };

    public static StsGroupe Groupe(string code, params StsService[] services) => new() { Code = code, LibelleLong = code, Services = services };

    public static Individu Enseignant(string id, string nom, string prenom = "Marie") =>
        new() { Id = id, NomUsage = nom, NomPatronymique = nom, Prenom = prenom, Sexe = "2", DateNaissance = new DateOnly(1980, 4, 3), Fonction = "ENS" };

    /// <summary>An sts_emp whose <see cref="StsEmpExport.Services"/> are those of its structures, as the reader builds it.</summary>
    public static StsEmpExport Emp(IReadOnlyList<StsDivision> divisions, IReadOnlyList<StsGroupe>? groupes = null, IReadOnlyList<Individu>? individus = null)
    {
        groupes ??= [];
        return new StsEmpExport
        {
            Individus = individus ?? [],
            Divisions = divisions,
            Groupes = groupes,
            Services = [.. divisions.SelectMany(d => d.Services), .. groupes.SelectMany(g => g.Services)],
        };
    }

    /// <summary>An sts_emp with the structures named, each served by teacher 1.</summary>
    public static StsEmpExport Emp(string[] divisions, string[] groupes) => Emp(
        [.. divisions.Select(d => Division(d, Service(d, false, "1")))],
        [.. groupes.Select(g => Groupe(g, Service(g, true, "1")))],
        [Enseignant("1", "DUPONT")]);

    public static Eleve Eleve(string id, string nom, string? division, params string[] groupes) => new()
    {
        EleveId = id, NomDeFamille = nom, Prenom = "Léa", CodeSexe = "2", DateNaiss = new DateOnly(2014, 3, 12), Division = division, Groupes = groupes,
    };

    public static SiecleElevesExport Eleves(params Eleve[] eleves) => new("3.0", "SansAdresses", eleves, []);

    public static SiecleStructuresExport StructuresXml(string[] divisions, string[] groupes) => new("2.0",
        [.. divisions.Select(d => new Division { Code = d })], [.. groupes.Select(g => new Groupe { Code = g })]);
}
