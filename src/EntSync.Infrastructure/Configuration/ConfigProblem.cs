namespace EntSync.Infrastructure.Configuration;

/// <summary>One problem of the configuration: the JSON path (<c>sources[0].chemin</c>; empty for the whole file) and a French message.</summary>
internal sealed record ConfigProblem(string Path, string Message, ConfigSeverity Severity = ConfigSeverity.Erreur)
{
    public bool IsError => Severity == ConfigSeverity.Erreur;

    public override string ToString() => Path.Length == 0 ? Message : $"{Path} : {Message}";
}
