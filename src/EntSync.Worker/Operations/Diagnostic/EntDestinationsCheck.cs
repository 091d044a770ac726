using EntSync.Core.Relay;
using EntSync.Infrastructure.Relay;

namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>
/// One line per ENT or route destination: reached and authenticated without sending a file, through the very
/// destinations the relay builds (<see cref="RelayTargetSet"/>), their printed addresses masked. A destination in
/// simulation is ✔ whatever its probe says (nothing is sent yet): the probe's finding is added as a note.
/// </summary>
internal sealed class EntDestinationsCheck(TimeSpan perDestinationTimeout) : IDiagnosticCheck
{
    public EntDestinationsCheck()
        : this(TimeSpan.FromMinutes(2))
    {
    }

    public async Task<IReadOnlyList<DiagnosticResult>> RunAsync(DiagnosticContext context, CancellationToken cancellationToken)
    {
        using var targets = RelayTargetSet.Create(context.Config.Options);
        var results = new List<DiagnosticResult>();
        foreach (var target in targets.Targets)
        {
            var d = target.Destination;
            var label = $"Destination « {d.Name} » ({d.Display})";
            var probe = d is IRelayDestinationProbe p ? await ProbeAsync(p, cancellationToken) : null;
            if (target.Settings.Mode == RelayMode.Simulation)
            {
                var note = probe is null ? "" : $" ; essai de connexion : {probe.Text}";
                results.Add(DiagnosticResult.Ok($"{label} en simulation : rien n'est envoyé tant que mode ne vaut pas « reel »{note}"));
                continue;
            }

            results.Add(probe switch
            {
                null => DiagnosticResult.Ok($"{label} : pas d'essai possible sans envoi"),
                { Status: RelayProbeStatus.Ok } => DiagnosticResult.Ok($"{label} : {probe.Text}"),
                { Status: RelayProbeStatus.Warning } => DiagnosticResult.Warning($"{label} : {probe.Text}", probe.Fix ?? ""),
                _ => DiagnosticResult.Failure($"{label} : {probe.Text}", probe.Fix ?? ""),
            });
        }

        return results;
    }

    private async Task<RelayProbeResult> ProbeAsync(IRelayDestinationProbe probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(perDestinationTimeout);
        try
        {
            return await probe.ProbeAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RelayProbeResult.Failure($"pas de réponse en {perDestinationTimeout.TotalSeconds:0} s", "Vérifiez le réseau, le pare-feu et l'adresse du serveur.");
        }
    }
}
