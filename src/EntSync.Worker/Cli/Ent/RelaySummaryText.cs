using EntSync.Core.Relay;

namespace EntSync.Worker.Cli.Ent;

/// <summary>The relay's part of the <c>once</c> summary: what each destination got, what is held and how to act.</summary>
internal static class RelaySummaryText
{
    public static void Write(RelayRunResult relay, TextWriter output)
    {
        if (relay.Items.Count == 0 && relay.Failures.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Relais vers l'ENT et les autres destinations :");
        foreach (var item in relay.Items) output.WriteLine($"  {RelayItemText.Line(item)}");
        if (relay.Items.Any(i => i.IsWaiting))
        {
            output.WriteLine("  Fichiers en attente : « entsync ent pending » ; pour en envoyer un malgré tout : « entsync ent release N ».");
        }
    }
}
