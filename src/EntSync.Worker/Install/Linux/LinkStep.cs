namespace EntSync.Worker.Install.Linux;

/// <summary>A symbolic link, so the command is on the PATH (sudo -u entsync entsync …).</summary>
internal sealed record LinkStep(string Link, string Target) : InstallStep
{
    public override string Description => $"Lien {Link} → {Target} (la commande entsync dans le PATH).";
}
