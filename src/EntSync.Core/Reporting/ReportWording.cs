using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>The French phrases the HTML and text reports share: ages, dates, the ignore entry, statuses.</summary>
public static class ReportWording
{
    public const int LinesPerCode = 100;

    public const string IgnoreReminder =
        "Pour ne plus voir une anomalie que vous tolérez exprès, copiez l'entrée « ignorer » indiquée sous elle dans la liste " +
        "controles.ignorer du fichier de configuration et écrivez la raison (obligatoire : la configuration est refusée sans) ; " +
        "ajoutez \"jusquau\": \"AAAA-MM-JJ\" pour qu'elle revienne à cette date.";

    public const string CatalogueHint =
        "Chaque code est expliqué dans le catalogue des anomalies du README d'EntSync (cherchez le code).";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    // Accents stay readable in the pasted entry; quotes and backslashes are still escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The exact entry to paste into controles.ignorer; the empty reason makes config check ask for one.</summary>
    public static string IgnoreEntry(Anomaly anomaly) =>
        $"{{ \"code\": {JsonSerializer.Serialize(anomaly.Code, Json)}, \"sujet\": {JsonSerializer.Serialize(anomaly.Subject, Json)}, \"raison\": \"\" }}";

    public static string Date(DateTime at) => at.ToString("dd/MM/yyyy", French);

    public static string DateTime(DateTime at) => at.ToString("dd/MM/yyyy 'à' HH'h'mm", French);

    public static int DaysBetween(DateTime from, DateTime to) => DateOnly.FromDateTime(to).DayNumber - DateOnly.FromDateTime(from).DayNumber;

    public static string Days(int days) => days <= 0 ? "aujourd'hui" : days == 1 ? "hier" : $"il y a {days} jours";

    /// <summary>"nouveau", or "ouvert depuis 12 jours".</summary>
    public static string Status(ReportContent report, OpenAnomaly anomaly)
    {
        if (report.IsNew(anomaly)) return "nouveau";
        var days = DaysBetween(anomaly.FirstSeen, report.Data.GeneratedAt);
        return days <= 0 ? "ouvert depuis aujourd'hui" : $"ouvert depuis {days} jour{(days > 1 ? "s" : "")}";
    }

    public static string Title(string code) => Rules.Catalog.AnomalyCatalog.Find(code)?.Title ?? code;

    public static string FileLine(FileRecord file, DateTime now) =>
        $"{file.OriginalName}, reçu le {DateTime(file.ReceivedAt)} ({Days(DaysBetween(file.ReceivedAt, now))})";

    public static string Relay(RelayReportStatus status) => status switch
    {
        RelayReportStatus.Envoye => "envoyé",
        RelayReportStatus.Simule => "simulé (destination en simulation)",
        RelayReportStatus.EnAttente => "retenu, en attente",
        RelayReportStatus.Refuse => "refusé par EntSync (contrôles)",
        RelayReportStatus.Echec => "échec de l'envoi",
        RelayReportStatus.Remplace => "remplacé par un fichier plus récent avant envoi",
        _ => "rejeté par la destination",
    };

    public static string Delivery(DeliveryNote note) => note.DeliveredAt is { } at
        ? $"Le rapport du {DateTime(note.CreatedAt)} n'a pu être remis que le {DateTime(at)}, après {note.Attempts} tentatives" +
          (note.LastError is { Length: > 0 } e ? $" (dernière erreur : {e})." : ".")
        : $"Le rapport du {DateTime(note.CreatedAt)} n'a pas pu être remis après {note.Attempts} tentatives et n'est plus réessayé : " +
          $"il est conservé dans outbox/abandonnes/ du dossier de données" + (note.LastError is { Length: > 0 } e2 ? $" (dernière erreur : {e2})." : ".");
}
