namespace EntSync.Worker.Install.Linux;

/// <summary>A generated file (the systemd unit).</summary>
internal sealed record WriteFileStep(string Path, string Content, UnixFileMode Mode) : InstallStep
{
    public override string Description => $"Fichier {Path} écrit (root, {Modes.Octal(Mode)}) :{Environment.NewLine}{Indent(Content)}";

    private static string Indent(string text) => string.Join(Environment.NewLine, text.TrimEnd().Split('\n').Select(l => "      " + l.TrimEnd('\r')));
}
