namespace EntSync.Worker.Install.Linux;

/// <summary>A folder with its owner, group and mode (set again when it exists).</summary>
internal sealed record FolderStep(string Path, string Owner, string Group, UnixFileMode Mode) : InstallStep
{
    public override string Description => $"Dossier {Path} : propriétaire {Owner}:{Group}, droits {Modes.Octal(Mode)}.";
}
