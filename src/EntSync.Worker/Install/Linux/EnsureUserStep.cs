namespace EntSync.Worker.Install.Linux;

/// <summary>useradd --system when the user does not exist yet.</summary>
internal sealed record EnsureUserStep(string User, string Home) : InstallStep
{
    public override string Description => $"Utilisateur système {User} (sans connexion, dossier {Home}) : créé s'il n'existe pas.";
}
