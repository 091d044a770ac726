using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Relay;

namespace EntSync.Worker.Cli.Ent;

/// <summary>How the command line prints a relayed file and an attempt, in French.</summary>
internal static class RelayItemText
{
    /// <summary>"ent : Edt_To_X.xml (export ENT chiffré du 05/10/2026 18:02) – envoyé sous le nom …", with the id to act on.</summary>
    public static string Line(RelayItem item)
    {
        var what = $"{item.Destination} : {item.FileName} ({ExportKindLabels.French(item.Kind)}, exporté le {Fr(item.ExportedAt)})";
        var status = RelayStatusLabels.French(item.Status);
        return item.Status switch
        {
            RelayStatus.Envoye => $"{what} – {status} sous le nom {item.RemoteName} (envoi n°{item.Id})",
            _ when item.Reason is { } reason => $"{what} – {status} (envoi n°{item.Id}) : {reason}",
            _ => $"{what} – {status} (envoi n°{item.Id})",
        };
    }

    public static string Attempt(RelayAttempt attempt)
    {
        var outcome = attempt.Outcome is { } o ? RelayStatusLabels.French(o) : "sans issue enregistrée (interrompue)";
        var details = new[]
        {
            attempt.HttpStatus is { } s ? $"HTTP {s}" : null,
            attempt.Error,
            attempt.Answer is { Length: > 0 } a ? $"réponse : « {a} »" : null,
        }.Where(p => !string.IsNullOrEmpty(p));
        var detail = string.Join(" – ", details);
        return $"{Fr(attempt.StartedAt)}  {attempt.Destination}  envoi n°{attempt.ItemId}  {attempt.FileName} : {outcome}{(detail.Length > 0 ? " – " + detail : "")}";
    }

    public static string Fr(DateTime date) => date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
