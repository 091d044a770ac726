using EntSync.Worker.Install.Linux;

namespace EntSync.Worker.Tests.Install;

public sealed class LinuxInstallPlanTests
{
    private static readonly LinuxLayout Layout = LinuxLayout.Default;

    private static IReadOnlyList<InstallStep> Install() => LinuxInstallPlan.Install(Layout, "/home/technicien/entsync-linux-x64");

    [Fact]
    public void Install_Default_CreatesEveryFolderWithItsOwnerAndMode()
    {
        var folders = Install().OfType<FolderStep>().ToDictionary(f => f.Path, f => (f.Owner, f.Group, Modes.Octal(f.Mode)));

        Assert.Equal(("root", "entsync", "0750"), folders["/etc/entsync"]);
        Assert.Equal(("entsync", "entsync", "0700"), folders["/var/lib/entsync"]);
        Assert.Equal(("entsync", "entsync", "0750"), folders["/var/log/entsync"]);
        Assert.Equal(3, folders.Count);
    }

    [Fact]
    public void Install_Default_CopiesTheProgramAndKeepsAnExistingConfiguration()
    {
        var steps = Install();

        var program = Assert.Single(steps.OfType<CopyProgramStep>());
        Assert.Equal(("/home/technicien/entsync-linux-x64", "/opt/entsync"), (program.From, program.To));
        var config = steps.OfType<CopyFileStep>().Single(c => c.To == "/etc/entsync/entsync.json");
        Assert.Equal(("/opt/entsync/config/entsync.production.json", true), (config.From, config.KeepExisting));
        Assert.Equal(("root", "entsync", "0640"), (config.Owner, config.Group, Modes.Octal(config.Mode)));
        var schema = steps.OfType<CopyFileStep>().Single(c => c.To == "/etc/entsync/entsync.schema.json");
        Assert.False(schema.KeepExisting);
        var link = Assert.Single(steps.OfType<LinkStep>());
        Assert.Equal(("/usr/local/bin/entsync", "/opt/entsync/entsync"), (link.Link, link.Target));
        var unit = Assert.Single(steps.OfType<WriteFileStep>());
        Assert.Equal(("/etc/systemd/system/entsync.service", "0644"), (unit.Path, Modes.Octal(unit.Mode)));
    }

    [Fact]
    public void Install_Default_CreatesTheUserFirstAndStartsTheServiceLast()
    {
        var steps = Install().ToList();

        var user = Assert.IsType<EnsureUserStep>(steps[0]);
        Assert.Equal(("entsync", "/var/lib/entsync"), (user.User, user.Home));
        var systemctl = steps.OfType<CommandStep>().Where(c => c.Program == "systemctl").Select(c => string.Join(' ', c.Arguments)).ToList();
        Assert.Equal(["stop entsync.service", "daemon-reload", "enable entsync.service", "restart entsync.service"], systemctl);
        Assert.Equal("restart entsync.service", string.Join(' ', Assert.IsType<CommandStep>(steps[^1]).Arguments));
        Assert.True(steps.IndexOf(steps.OfType<WriteFileStep>().Single()) < steps.IndexOf(steps.OfType<CommandStep>().Single(c => c.Arguments[0] == "daemon-reload")));
    }

    [Fact]
    public void Install_FromTheInstalledFolder_DoesNotCopyTheProgramOntoItself()
    {
        Assert.Empty(LinuxInstallPlan.Install(Layout, "/opt/entsync/").OfType<CopyProgramStep>());
    }

    [Fact]
    public void Uninstall_WithoutRemoveData_KeepsConfigurationDataLogsAndUser()
    {
        var steps = LinuxInstallPlan.Uninstall(Layout, removeData: false);

        var removed = steps.OfType<RemoveStep>().Select(r => r.Path).ToList();
        Assert.Equal(["/etc/systemd/system/entsync.service", "/usr/local/bin/entsync", "/opt/entsync"], removed);
        Assert.DoesNotContain(steps.OfType<CommandStep>(), c => c.Program == "userdel");
        Assert.Equal("disable --now entsync.service", string.Join(' ', Assert.IsType<CommandStep>(steps[0]).Arguments));
    }

    [Fact]
    public void Uninstall_WithRemoveData_RemovesThemAndTheUser()
    {
        var steps = LinuxInstallPlan.Uninstall(Layout, removeData: true);

        var removed = steps.OfType<RemoveStep>().Select(r => r.Path).ToList();
        Assert.Contains("/etc/entsync", removed);
        Assert.Contains("/var/lib/entsync", removed);
        Assert.Contains("/var/log/entsync", removed);
        Assert.Contains(steps.OfType<CommandStep>(), c => c.Program == "userdel" && c.Arguments.SequenceEqual(["entsync"]));
    }

    [Fact]
    public void Descriptions_AreFrenchSentencesNamingPathsAndModes()
    {
        var text = string.Join("\n", Install().Select(s => s.Description));

        Assert.Contains("Dossier /var/lib/entsync : propriétaire entsync:entsync, droits 0700.", text);
        Assert.Contains("seulement si elle n'existe pas", text);
        Assert.Contains("ProtectSystem=strict", text);
    }
}
