using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.Sts;

/// <summary>
/// STS-EXPORT-ANCIEN: the sts_emp export is older than the newest dated timetable export by more than
/// <see cref="CheckSettings.StsExportTolerance"/>, so the STS-Web exports (Structure, Services, then sts_emp) were not
/// redone after the timetable changed. Only exports that carry a date count: the EDT clear export and the EDT text
/// export have none; the encrypted envelope, UDT and emp_sts may.
/// </summary>
public sealed class StaleStsExportRule : IAnomalyRule
{
    private static readonly ExportKind[] TimetableKinds =
        [ExportKind.EdtClair, ExportKind.EdtChiffre, ExportKind.Udt, ExportKind.EdtTexte, ExportKind.EdtSts];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public IReadOnlyList<string> Codes { get; } = [StsAnomalies.ExportAncien.Code];

    public string? MissingInput(SnapshotPair pair)
    {
        var snapshot = pair.Current;
        if (RuleInputs.Missing(snapshot, ExportKind.StsEmp) is { } missing) return missing;
        if (snapshot.Latest[ExportKind.StsEmp].ExportDate is null) return "l'export sts_emp ne porte pas sa date d'export (HORODATAGE)";
        if (!TimetableKinds.Any(snapshot.Latest.ContainsKey)) return "pas d'export de l'emploi du temps reçu (EDT ou UDT)";
        return NewestTimetable(snapshot) is null
            ? "aucun export de l'emploi du temps reçu ne porte sa date d'export (l'export EDT en clair et l'export texte n'en ont pas)"
            : null;
    }

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var sts = pair.Current.Latest[ExportKind.StsEmp];
        var timetable = NewestTimetable(pair.Current)!;
        var stsDate = sts.ExportDate!.Value;
        var timetableDate = timetable.ExportDate!.Value;
        if (timetableDate - stsDate <= settings.StsExportTolerance) yield break;

        var days = (int)Math.Floor((timetableDate - stsDate).TotalDays);
        var gap = days >= 1 ? $" ({days} jour{(days > 1 ? "s" : "")} plus tard)" : "";
        yield return StsAnomalies.ExportAncien.Create(
            "StsEmp",
            $"L'export STS-Web {Path.GetFileName(sts.File)} date du {Format(stsDate)}, l'emploi du temps le plus récent " +
            $"({ExportKindLabels.French(timetable.Kind)}, {Path.GetFileName(timetable.File)}) du {Format(timetableDate)}{gap} : " +
            "ce qui a changé depuis dans l'emploi du temps n'est peut-être pas passé dans STS-Web (structures, services), ni donc dans SIECLE et l'ENT.",
            sts.File, timetable.File);
    }

    private static SnapshotFile? NewestTimetable(SchoolSnapshot snapshot)
    {
        SnapshotFile? newest = null;
        foreach (var kind in TimetableKinds)
        {
            if (snapshot.Latest.TryGetValue(kind, out var f) && f.ExportDate is { } date && (newest is null || date > newest.ExportDate)) newest = f;
        }

        return newest;
    }

    private static string Format(DateTime date) => date.ToString("dd/MM/yyyy 'à' HH'h'mm", French);
}
