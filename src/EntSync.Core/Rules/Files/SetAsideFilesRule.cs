using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.Files;

/// <summary>FICHIER-ILLISIBLE, -AUTRE-ETABLISSEMENT, -AUTRE-ANNEE, -INATTENDU: the files the snapshot could not use, and why.</summary>
public sealed class SetAsideFilesRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } =
        [FichierAnomalies.Illisible.Code, FichierAnomalies.AutreEtablissement.Code, FichierAnomalies.AutreAnnee.Code, FichierAnomalies.Inattendu.Code];

    public string? MissingInput(SnapshotPair pair) => null;

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        foreach (var aside in pair.Current.SetAside)
        {
            var definition = aside.Code switch
            {
                FileAnomalyCodes.Illisible => FichierAnomalies.Illisible,
                FileAnomalyCodes.AutreEtablissement => FichierAnomalies.AutreEtablissement,
                FileAnomalyCodes.AutreAnnee => FichierAnomalies.AutreAnnee,
                _ => FichierAnomalies.Inattendu,
            };
            var where = aside.File.Error is { Line: { } line } e ? $" (ligne {line}{(e.Column is { } c ? $", colonne {c}" : "")})" : "";
            var reason = aside.Reason.Contains("ligne", StringComparison.Ordinal) ? aside.Reason : aside.Reason + where;
            yield return definition.Create(aside.File.Subject ?? Path.GetFileName(aside.File.File), $"{aside.File.File} : {reason}", aside.File.File);
        }
    }
}
