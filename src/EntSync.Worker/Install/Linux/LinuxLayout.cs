namespace EntSync.Worker.Install.Linux;

/// <summary>
/// Where an installed EntSync lives on Linux. <see cref="Default"/> is the real layout; tests use <see cref="Under"/> to
/// run the same plan below a temporary folder.
/// </summary>
internal sealed record LinuxLayout(
    string ProgramFolder,
    string CommandLink,
    string ConfigFolder,
    string DataFolder,
    string LogsFolder,
    string UnitFile,
    string User)
{
    public const string ServiceName = "entsync.service";
    public const string ExecutableName = "entsync";

    public static LinuxLayout Default { get; } = new(
        "/opt/entsync", "/usr/local/bin/entsync", "/etc/entsync", "/var/lib/entsync", "/var/log/entsync",
        "/etc/systemd/system/entsync.service", "entsync");

    public string ConfigFile => Path.Combine(ConfigFolder, "entsync.json");

    public string SchemaFile => Path.Combine(ConfigFolder, "entsync.schema.json");

    public string Executable => Path.Combine(ProgramFolder, ExecutableName);

    public static LinuxLayout Under(string root, string user) => new(
        Path.Combine(root, "opt/entsync"), Path.Combine(root, "usr/local/bin/entsync"), Path.Combine(root, "etc/entsync"),
        Path.Combine(root, "var/lib/entsync"), Path.Combine(root, "var/log/entsync"), Path.Combine(root, "etc/systemd/system/entsync.service"), user);
}
