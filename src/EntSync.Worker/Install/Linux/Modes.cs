namespace EntSync.Worker.Install.Linux;

/// <summary>Unix modes as people write them (0750).</summary>
internal static class Modes
{
    public const UnixFileMode Rwx = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode Private = Rwx;                                                                     // 0700
    public const UnixFileMode GroupRead = Rwx | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;              // 0750
    public const UnixFileMode Public = GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;           // 0755
    public const UnixFileMode FileGroupRead = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead; // 0640
    public const UnixFileMode FilePublic = FileGroupRead | UnixFileMode.OtherRead;                               // 0644

    public static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode, 8);
}
