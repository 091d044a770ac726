namespace EntSync.Infrastructure.Sources.LocalFolder;

internal static class AfterProcessingParser
{
    public static AfterProcessing Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "deplacer" or "" => AfterProcessing.Deplacer,
        "supprimer" => AfterProcessing.Supprimer,
        "conserver" => AfterProcessing.Conserver,
        _ => throw new ArgumentException(
            $"apresTraitement « {value} » inconnu : valeurs attendues « deplacer », « supprimer » ou « conserver ».", nameof(value)),
    };
}
