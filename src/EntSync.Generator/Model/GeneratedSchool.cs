namespace EntSync.Generator.Model;

/// <summary>
/// One consistent fictitious school: every writer draws from the same divisions, groups, teachers and pupils, so the
/// files of one generation agree with each other except where an anomaly was injected on purpose.
/// </summary>
public sealed record GeneratedSchool
{
    public required string Uai { get; init; }
    public required string Nom { get; init; }
    public required string CodePostalVille { get; init; }
    /// <summary>Start year: 2026 = 2026-2027.</summary>
    public required int SchoolYear { get; init; }
    /// <summary>When the exports were made; every file of a generation carries it.</summary>
    public required DateTime ExportTime { get; init; }
    /// <summary>When STS-Web's sts_emp was exported, when it differs from <see cref="ExportTime"/> (an out-of-date STS export).</summary>
    public DateTime? StsEmpExportTime { get; init; }
    public required IReadOnlyList<GenMef> Mefs { get; init; }
    public required IReadOnlyList<GenMatiere> Matieres { get; init; }
    public required IReadOnlyList<GenDivision> Divisions { get; init; }
    public required IReadOnlyList<GenGroupe> Groupes { get; init; }
    public required IReadOnlyList<GenIndividu> Individus { get; init; }
    public required IReadOnlyList<GenService> Services { get; init; }
    public required IReadOnlyList<GenSalle> Salles { get; init; }
    public required IReadOnlyList<GenCours> Cours { get; init; }
    public required IReadOnlyList<GenEleve> Eleves { get; init; }
    public required IReadOnlyList<GenPersonne> Personnes { get; init; }
    public required IReadOnlyList<GenLienResponsable> Liens { get; init; }

    /// <summary>The élève-groupe file's base name (zip and xml) when someone renamed it; null: the name the timetable gives it.</summary>
    public string? NomFichierEleveGroupe { get; init; }

    public DateOnly DebutAnnee => new(SchoolYear, 9, 1);
    public DateOnly FinAnnee => new(SchoolYear + 1, 7, 4);

    /// <summary>Monday of the first school week, the origin of Index Education's week masks.</summary>
    public DateOnly PremierLundi
    {
        get
        {
            var d = DebutAnnee;
            while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(-1);
            return d;
        }
    }
}
