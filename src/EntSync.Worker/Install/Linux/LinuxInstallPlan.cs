namespace EntSync.Worker.Install.Linux;

/// <summary>
/// The steps of <c>entsync service install|uninstall</c>, as pure data (printed by --dry-run, run by
/// <see cref="LinuxInstallExecutor"/>). Owners and modes: the program is root's and world-readable; the configuration
/// folder is readable by the service's group only (secrets may be written in it by hand); data and logs belong to the
/// service user (data 0700: personal data of minors and the secrets store).
/// </summary>
internal static class LinuxInstallPlan
{
    public const string TemplateRelativePath = "config/entsync.production.json";
    public const string SchemaRelativePath = "config/entsync.schema.json";

    public static IReadOnlyList<InstallStep> Install(LinuxLayout layout, string publishedFolder)
    {
        var steps = new List<InstallStep>
        {
            new EnsureUserStep(layout.User, layout.DataFolder),
            new CommandStep("Arrêt du service s'il tourne (mise à jour)", "systemctl", ["stop", LinuxLayout.ServiceName], MayFail: true),
        };
        if (!SameFolder(publishedFolder, layout.ProgramFolder)) steps.Add(new CopyProgramStep(publishedFolder, layout.ProgramFolder));
        steps.AddRange(
        [
            new LinkStep(layout.CommandLink, layout.Executable),
            new FolderStep(layout.ConfigFolder, "root", layout.User, Modes.GroupRead),
            new CopyFileStep(Path.Combine(layout.ProgramFolder, TemplateRelativePath), layout.ConfigFile, "root", layout.User, Modes.FileGroupRead, KeepExisting: true),
            new CopyFileStep(Path.Combine(layout.ProgramFolder, SchemaRelativePath), layout.SchemaFile, "root", "root", Modes.FilePublic, KeepExisting: false),
            new FolderStep(layout.DataFolder, layout.User, layout.User, Modes.Private),
            new FolderStep(layout.LogsFolder, layout.User, layout.User, Modes.GroupRead),
            new WriteFileStep(layout.UnitFile, SystemdUnit.Render(layout), Modes.FilePublic),
            new CommandStep("Prise en compte de l'unité par systemd", "systemctl", ["daemon-reload"]),
            new CommandStep("Démarrage automatique au démarrage de la machine", "systemctl", ["enable", LinuxLayout.ServiceName]),
            new CommandStep("Démarrage (ou redémarrage) du service", "systemctl", ["restart", LinuxLayout.ServiceName]),
        ]);
        return steps;
    }

    public static IReadOnlyList<InstallStep> Uninstall(LinuxLayout layout, bool removeData)
    {
        var steps = new List<InstallStep>
        {
            new CommandStep("Arrêt du service et fin du démarrage automatique", "systemctl", ["disable", "--now", LinuxLayout.ServiceName], MayFail: true),
            new RemoveStep(layout.UnitFile),
            new CommandStep("Prise en compte par systemd", "systemctl", ["daemon-reload"], MayFail: true),
            new RemoveStep(layout.CommandLink),
            new RemoveStep(layout.ProgramFolder),
        };
        if (removeData)
        {
            steps.AddRange(
            [
                new RemoveStep(layout.ConfigFolder),
                new RemoveStep(layout.DataFolder),
                new RemoveStep(layout.LogsFolder),
                new CommandStep("Suppression de l'utilisateur système", "userdel", [layout.User], MayFail: true),
            ]);
        }

        return steps;
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
