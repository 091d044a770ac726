using EntSync.Core.Relay;

namespace EntSync.Worker.Cli.Ent;

/// <summary><c>ent release N</c> and <c>ent reject N</c>: the hand-made decisions on a waiting file.</summary>
internal static class EntDecision
{
    public static int Release(EntSession session, long id, TextWriter output, TextWriter error)
    {
        var result = session.Runner.ReleaseAsync(id, session.ChecksAsync, CancellationToken.None).GetAwaiter().GetResult();
        if (result.Problem is not null)
        {
            error.WriteLine($"Rien n'a été envoyé : {result.Problem}.");
            return ExitCodes.CouldNotRun;
        }

        var item = result.Item!;
        output.WriteLine(RelayItemText.Line(item));
        return item.Status is RelayStatus.Envoye or RelayStatus.Simule ? ExitCodes.Done : ExitCodes.ProblemsFound;
    }

    public static int Reject(EntSession session, long id, TextWriter output, TextWriter error)
    {
        var result = session.Runner.RejectAsync(id, CancellationToken.None).GetAwaiter().GetResult();
        if (result.Problem is not null)
        {
            error.WriteLine($"Rien n'a été écarté : {result.Problem}.");
            return ExitCodes.CouldNotRun;
        }

        output.WriteLine(RelayItemText.Line(result.Item!));
        return ExitCodes.Done;
    }
}
