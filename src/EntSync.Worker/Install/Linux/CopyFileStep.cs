namespace EntSync.Worker.Install.Linux;

/// <summary>A file copied; <see cref="KeepExisting"/>: only when absent (the configuration on upgrade).</summary>
internal sealed record CopyFileStep(string From, string To, string Owner, string Group, UnixFileMode Mode, bool KeepExisting) : InstallStep
{
    public override string Description => KeepExisting
        ? $"Configuration {To} : créée depuis le modèle {From} seulement si elle n'existe pas ({Owner}:{Group}, {Modes.Octal(Mode)}) ; une configuration existante est gardée."
        : $"Fichier {To} : copié depuis {From} ({Owner}:{Group}, {Modes.Octal(Mode)}).";
}
