using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.EdtEleves;

/// <summary>Small hand-made SIECLE pupils, EDT pupils and élève-groupe files for the pupil checks.</summary>
internal static class PupilFixtures
{
    public const string Mef6e = "10010012110";

    /// <summary>The generated exports are dated 05/10/2026; checks run that day.</summary>
    public static readonly DateOnly Today = new(2026, 10, 5);

    public static CheckSettings Settings { get; } = CheckSettings.Default with { Today = Today };

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static Eleve SiecleEleve(string id, string nom, string prenom, string naissance, string? division = "6E1", string? ine = null,
        DateOnly? sortie = null, string? mef = Mef6e, string? nomUsage = null, string? idPrv = null, string sexe = "2") => new()
    {
        EleveId = id,
        Ine = ine,
        IdPrvEle = idPrv,
        NomDeFamille = nom,
        NomUsage = nomUsage,
        Prenom = prenom,
        DateNaiss = Day(naissance),
        CodeSexe = sexe,
        CodeMef = mef,
        DateSortie = sortie,
        Division = division,
        Groupes = division is null ? [] : [division + "ES"],
    };

    public static EdtEleve EdtEleve(string ident, string nom, string prenom, string naissance, string? classe = "6E1", string? idSconet = null,
        string? ine = null, DateOnly? fin = null, params string[] groupes) => new()
    {
        Ident = ident,
        Nom = nom,
        Prenom = prenom,
        DateNaissance = Day(naissance),
        IdSconet = idSconet,
        NumeroNational = ine,
        Classes = classe is null ? [] : [new EdtInscription("C:" + classe, Day("2026-09-01"), fin)],
        Groupes = groupes.Select(g => new EdtInscription("G:" + g, Day("2026-09-01"), fin)).ToList(),
    };

    /// <summary>An EDT clear export whose classes and groups are those its pupils are in.</summary>
    public static EdtClairExport Timetable(params EdtEleve[] eleves) => new()
    {
        Classes = eleves.SelectMany(e => e.Classes).Select(c => c.Ident).Distinct().Select(id => new EdtClasse(id, id[2..], [])).ToList(),
        Groupes = eleves.SelectMany(e => e.Groupes).Select(g => g.Ident).Distinct().Select(id => new EdtGroupe { Ident = id, Nom = id[2..] }).ToList(),
        Eleves = eleves,
        Counts = new ExportCounts { Eleves = eleves.Length },
    };

    public static SiecleElevesExport Eleves(params Eleve[] eleves) => new("3.0", SiecleVariants.SansAdresses, eleves, []);

    public static SchoolSnapshot Snapshot(SiecleElevesExport? siecle, IExportContent? timetable)
    {
        var builder = new SnapshotBuilder();
        if (siecle is not null) builder.With(ExportKind.SiecleEleves, siecle, file: "ElevesSansAdresses.xml");
        if (timetable is not null) builder.With(timetable is EdtClairExport ? ExportKind.EdtClair : ExportKind.EdtTexte, timetable, file: "edt.xml");
        return builder.Build();
    }

    public static SnapshotPair Pair(SiecleElevesExport? siecle, IExportContent? timetable) => new(Snapshot(siecle, timetable), null);

    public static EleveGroupeEleve GroupePupil(string? eleveId, string nom, string prenom, string naissance, params string[] groupes) => new()
    {
        EleveId = eleveId,
        NomDeFamille = nom,
        Prenom = prenom,
        DateNaiss = Day(naissance),
        Groupes = groupes.Select(g => new EleveGroupeLien(g, null, null)).ToList(),
    };

    public static EleveGroupeExport EleveGroupeFile(params EleveGroupeEleve[] eleves) => new()
    {
        Parametres = new EleveGroupeParametres { Uai = "0769990A", AnneeScolaire = 2026 },
        Eleves = eleves,
    };
}
