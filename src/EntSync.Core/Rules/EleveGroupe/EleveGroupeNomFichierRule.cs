using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Readers.EleveGroupe;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.EleveGroupe;

/// <summary>
/// ELEGROUPE-NOM-FICHIER: the newest élève-groupe file would be refused whole by SIECLE for its name or its year
/// (FORMATS.md §12). The reader already says what is wrong with the name (NOM-FICHIER-ELEGROUPE warnings); a file of
/// another school year than the current one is set aside from the snapshot, but it is the one about to be sent, so it
/// is looked at too. One anomaly per file, with every reason, under a subject that stays the same from one export to the
/// next (the file name changes with each export).
/// </summary>
public sealed class EleveGroupeNomFichierRule : IAnomalyRule
{
    public const string Subject = "FICHIER:ELEGROUPE";

    public IReadOnlyList<string> Codes { get; } = [EleveGroupeAnomalies.NomFichier.Code];

    public string? MissingInput(SnapshotPair pair) =>
        Newest(pair.Current) is null ? RuleInputs.Missing(pair.Current, ExportKind.EleveGroupe) : null;

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        if (Newest(snapshot) is not { } file) yield break;

        var reasons = file.Warnings.Where(w => w.Code == EleveGroupeFileName.Code).Select(w => w.Message).ToList();
        if (file.Identity.SchoolYear is { } year && snapshot.SchoolYear is { } current && year != current)
        {
            reasons.Add($"Le fichier est de l'année scolaire {ExportKindLabels.SchoolYear(year)} alors que l'année en cours est " +
                        $"{ExportKindLabels.SchoolYear(current)} : SIECLE le refusera avec le message « Année du fichier différente de l'année utilisée ! ».");
        }

        if (reasons.Count == 0) yield break;
        yield return EleveGroupeAnomalies.NomFichier.Create(Subject, $"{PupilLabel.File(file.File)} : {string.Join(" ", reasons)}", file.File);
    }

    /// <summary>The élève-groupe file about to be sent: the snapshot's, or a newer one set aside for its year.</summary>
    private static InspectedFile? Newest(SchoolSnapshot snapshot)
    {
        var candidates = snapshot.SetAside
            .Where(a => a.Code == FileAnomalyCodes.AutreAnnee && a.File.Identity.Kind == ExportKind.EleveGroupe)
            .Select(a => a.File);
        if (snapshot.Latest.TryGetValue(ExportKind.EleveGroupe, out var latest)) candidates = candidates.Append(latest.Inspected);
        return candidates.OrderByDescending(f => f.Identity.ExportDate ?? DateTime.MinValue)
            .ThenByDescending(f => f.File, StringComparer.Ordinal).FirstOrDefault();
    }
}
