using EntSync.Core.Relay;

namespace EntSync.Worker.Cli.Ent;

/// <summary><c>ent pending</c> and <c>ent history</c>: read-only listings of the relay's state.</summary>
internal static class EntListing
{
    public static int Pending(EntSession session, TextWriter output)
    {
        var waiting = session.Store.WaitingAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (waiting.Count == 0)
        {
            output.WriteLine("Aucun fichier en attente d'envoi.");
            return ExitCodes.Done;
        }

        output.WriteLine($"{waiting.Count} fichier(s) en attente d'envoi :");
        foreach (var item in waiting) output.WriteLine($"  {RelayItemText.Line(item)}");
        output.WriteLine();
        output.WriteLine("Pour envoyer malgré tout : entsync ent release N ; pour abandonner : entsync ent reject N.");
        return ExitCodes.ProblemsFound;
    }

    public static int History(EntSession session, int count, TextWriter output)
    {
        var attempts = session.Store.AttemptsAsync(count, CancellationToken.None).GetAwaiter().GetResult();
        if (attempts.Count == 0)
        {
            output.WriteLine("Aucune tentative d'envoi enregistrée.");
            return ExitCodes.Done;
        }

        output.WriteLine($"Dernières tentatives d'envoi (les plus récentes d'abord) :");
        foreach (var attempt in attempts) output.WriteLine($"  {RelayItemText.Attempt(attempt)}");
        return ExitCodes.Done;
    }
}
