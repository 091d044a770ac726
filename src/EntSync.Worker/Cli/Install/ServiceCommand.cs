using EntSync.Infrastructure.Processes;
using EntSync.Worker.Install.Linux;

namespace EntSync.Worker.Cli.Install;

/// <summary>
/// <c>entsync service install|uninstall [--dry-run] [--remove-data]</c> on Linux: the same steps as install-service.ps1,
/// without PowerShell. Run from the published folder with sudo; --dry-run prints the plan and does nothing.
/// </summary>
internal sealed class ServiceCommand(IProcessRunner runner, LinuxLayout layout, string publishedFolder, Func<bool> systemdRunning) : ICliCommand
{
    private static readonly HashSet<string> Flags = ["dry-run", "remove-data"];

    public ServiceCommand()
        : this(new ExternalProcessRunner(), LinuxLayout.Default, AppContext.BaseDirectory, () => Directory.Exists("/run/systemd/system"))
    {
    }

    public string Name => "service";

    public string Summary => "installe ou désinstalle le service systemd (Linux) ; sous Windows : install-service.ps1";

    public string Help => $"""
        Utilisation : sudo ./entsync service install [--dry-run]
                      sudo entsync service uninstall [--remove-data] [--dry-run]

        install, depuis le dossier publié : copie le programme dans {layout.ProgramFolder} (lien {layout.CommandLink}),
        crée l'utilisateur système {layout.User}, la configuration {layout.ConfigFile} depuis le modèle si elle n'existe
        pas (une configuration existante est gardée : c'est aussi la commande de mise à jour), les dossiers
        {layout.DataFolder} et {layout.LogsFolder}, l'unité {layout.UnitFile}, puis active et (re)démarre le service.
        uninstall : arrête et supprime le service et le programme ; la configuration, les données et les journaux
        sont gardés, sauf avec --remove-data (qui supprime aussi l'utilisateur {layout.User}).
        --dry-run : affiche chaque étape sans rien faire.
        Sous Windows, utilisez install-service.ps1 (PowerShell, en administrateur).

        Code de sortie : 0 fait, 2 impossible (pas root, systemd absent, étape en échec), 64 commande mal écrite.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string>(), Flags);
        if (parsed.Positional.Count != 1 || parsed.Positional[0] is not ("install" or "uninstall"))
        {
            throw new UsageException("Attendu : entsync service install ou entsync service uninstall.");
        }

        var install = parsed.Positional[0] == "install";
        if (install && parsed.Has("remove-data")) throw new UsageException("--remove-data ne va qu'avec uninstall.");
        if (OperatingSystem.IsWindows())
        {
            error.WriteLine("Sous Windows, installez le service avec install-service.ps1 (PowerShell lancé en administrateur, depuis le dossier publié).");
            return ExitCodes.CouldNotRun;
        }

        if (install && !File.Exists(Path.Combine(publishedFolder, LinuxInstallPlan.TemplateRelativePath)))
        {
            error.WriteLine($"{publishedFolder} n'est pas un dossier publié d'EntSync (il y manque {LinuxInstallPlan.TemplateRelativePath}) : " +
                            "lancez « sudo ./entsync service install » depuis le dossier produit par dotnet publish (README).");
            return ExitCodes.CouldNotRun;
        }

        var steps = install ? LinuxInstallPlan.Install(layout, publishedFolder) : LinuxInstallPlan.Uninstall(layout, parsed.Has("remove-data"));
        if (parsed.Has("dry-run"))
        {
            output.WriteLine(install ? "Installation prévue (rien n'est fait : --dry-run) :" : "Désinstallation prévue (rien n'est fait : --dry-run) :");
            foreach (var step in steps) output.WriteLine($"• {step.Description}");
            if (!systemdRunning()) output.WriteLine("Remarque : systemd n'est pas actif sur cette machine ; l'installation réelle y serait refusée.");
            WriteClosing(install, parsed.Has("remove-data"), output);
            return ExitCodes.Done;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            error.WriteLine($"Il faut les droits d'administration : sudo ./entsync service {parsed.Positional[0]}");
            return ExitCodes.CouldNotRun;
        }

        if (!systemdRunning())
        {
            error.WriteLine("systemd n'est pas actif sur cette machine (pas de /run/systemd/system : conteneur, WSL sans systemd…) : " +
                            "le service ne peut pas y être installé. Lancez EntSync à la main (entsync run --config FICHIER) ou sous " +
                            "le gestionnaire de services de la machine ; « --dry-run » montre ce que l'installation ferait.");
            return ExitCodes.CouldNotRun;
        }

        try
        {
            new LinuxInstallExecutor(runner, output).Run(steps);
        }
        catch (InstallException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.CouldNotRun;
        }

        WriteClosing(install, parsed.Has("remove-data"), output);
        return ExitCodes.Done;
    }

    private void WriteClosing(bool install, bool removeData, TextWriter output)
    {
        output.WriteLine();
        if (install)
        {
            output.WriteLine($"Configuration : {layout.ConfigFile} (à compléter, puis : sudo -u {layout.User} entsync config check ; sudo systemctl restart entsync)");
            output.WriteLine($"Données : {layout.DataFolder}   Journaux : {layout.LogsFolder} et journalctl -u entsync");
            output.WriteLine($"Vérification : sudo -u {layout.User} entsync diagnostic");
        }
        else if (!removeData)
        {
            output.WriteLine($"Gardés : {layout.ConfigFolder}, {layout.DataFolder}, {layout.LogsFolder} et l'utilisateur {layout.User} (--remove-data les supprime).");
        }
    }
}
