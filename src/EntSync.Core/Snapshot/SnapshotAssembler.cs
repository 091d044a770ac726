using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Snapshot;

/// <summary>
/// Groups inspected files into one snapshot per establishment and school year, never mixing them: each establishment
/// gets its current year (configured, else its newest SIECLE export's); files of another year or of an unexpected
/// establishment are set aside with the reason, as are unreadable files. The latest export of each kind wins.
/// </summary>
public static class SnapshotAssembler
{
    public static IReadOnlyList<SchoolSnapshot> Assemble(IReadOnlyList<InspectedFile> files, SnapshotOptions? options = null)
    {
        options ??= new SnapshotOptions();
        var uais = options.Uai is { } only
            ? [only]
            : files.Where(f => f.Ok).Select(f => f.Identity.Uai).OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

        if (uais.Count == 0)
        {
            // Nothing says which establishment: one snapshot without UAI, so the files are still checked.
            return [Build(null, files, options, shared: true, multiple: false)];
        }

        // Files that name no establishment go to the first snapshot only, so each is reported once.
        return uais.Select((uai, i) => Build(uai, files, options, shared: i == 0, multiple: uais.Count > 1)).ToList();
    }

    private static SchoolSnapshot Build(string? uai, IReadOnlyList<InspectedFile> all, SnapshotOptions options, bool shared, bool multiple)
    {
        var setAside = new List<SetAsideFile>();
        var mine = new List<InspectedFile>();
        foreach (var f in all)
        {
            var fileUai = f.Identity.Uai;
            if (!f.Ok)
            {
                if (fileUai is null ? shared : Same(fileUai, uai))
                {
                    setAside.Add(new SetAsideFile(f, FileAnomalyCodes.Illisible, f.Error?.Message ?? "fichier illisible"));
                }

                continue;
            }

            if (fileUai is null)
            {
                if (!multiple) mine.Add(f);
                else if (shared) setAside.Add(new SetAsideFile(f, FileAnomalyCodes.Inattendu,
                    "Ce fichier ne dit pas de quel établissement il vient et plusieurs établissements ont été déposés ensemble : il n'a pas été utilisé."));
                continue;
            }

            if (Same(fileUai, uai)) mine.Add(f);
            else if (options.Uai is not null)
            {
                setAside.Add(new SetAsideFile(f, FileAnomalyCodes.AutreEtablissement,
                    $"Ce fichier concerne l'établissement {fileUai}, pas {uai} : il n'a pas été utilisé. Vérifiez le dépôt (export d'un autre établissement ?)."));
            }
        }

        var year = options.SchoolYear ?? CurrentYear(mine);
        var current = new List<InspectedFile>();
        foreach (var f in mine)
        {
            if (year is not null && f.Identity.SchoolYear is { } y && y != year)
            {
                setAside.Add(new SetAsideFile(f, FileAnomalyCodes.AutreAnnee,
                    $"Ce fichier est de l'année scolaire {ExportKindLabels.SchoolYear(y)}, l'année en cours est {ExportKindLabels.SchoolYear(year.Value)} : " +
                    "il est conservé mais n'est pas mélangé aux contrôles de l'année en cours."));
            }
            else
            {
                current.Add(f);
            }
        }

        // Among exports of a kind, one whose content was kept is the one the check pipeline chose as latest (its choice
        // came from identification, before readers completed some dates): it wins over content-less ones.
        var latest = current.GroupBy(f => f.Identity.Kind)
            .ToDictionary(g => g.Key, g => new SnapshotFile((g.Any(f => f.Content is not null) ? g.Where(f => f.Content is not null) : g)
                .NewestFirst(f => f.Identity, f => f.File).First()));

        if (latest.TryGetValue(ExportKind.EdtSts, out var empSts) && !latest.ContainsKey(ExportKind.StsEmp))
        {
            setAside.Add(new SetAsideFile(empSts.Inspected, FileAnomalyCodes.Inattendu,
                "Fichier emp_sts reçu à la place de l'export sts_emp de STS-Web : c'est l'envoi du logiciel d'emploi du temps vers STS-Web, " +
                "pas la liste officielle des divisions, groupes et services. Il sert d'emploi du temps à défaut d'autre export."));
        }

        var files = all.Where(f => Same(f.Identity.Uai, uai) || f.Identity.Uai is null).ToList();
        var timetable = TimetableViews.From(latest);
        // emp_sts is also read by the STS-Web checks (structure names sent to STS): its content stays.
        if (timetable is not null && timetable.Source != ExportKind.EdtSts) ReleaseTimetableSource(timetable.Source, latest, files);

        return new SchoolSnapshot(uai, year) { Latest = latest, Files = files, SetAside = setAside, Timetable = timetable };
    }

    /// <summary>
    /// The timetable view carries everything the checks use of the timetable export it was built from, so the parsed
    /// export itself is let go: at académie scale it is the second largest content kept (≈ 110 MB for 100,000 pupils).
    /// </summary>
    private static void ReleaseTimetableSource(ExportKind source, Dictionary<ExportKind, SnapshotFile> latest, List<InspectedFile> files)
    {
        var kept = latest[source].Inspected;
        var released = kept with { Content = null };
        latest[source] = new SnapshotFile(released);
        var index = files.FindIndex(f => ReferenceEquals(f, kept));
        if (index >= 0) files[index] = released;
    }

    /// <summary>The newest SIECLE export's year (SIECLE switches year in May; it decides), else the most common year.</summary>
    private static int? CurrentYear(List<InspectedFile> files)
    {
        var siecle = files.Where(f => f.Identity.Kind is ExportKind.SiecleEleves or ExportKind.SiecleResponsables or ExportKind.SiecleStructures
                                      && f.Identity.SchoolYear is not null)
            .OrderByDescending(f => f.Identity.ExportDate ?? DateTime.MinValue).FirstOrDefault();
        if (siecle is not null) return siecle.Identity.SchoolYear;
        return files.Where(f => f.Identity.SchoolYear is not null).GroupBy(f => f.Identity.SchoolYear)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
