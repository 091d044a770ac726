namespace EntSync.Infrastructure.Configuration;

/// <summary>An error stops the service; a warning is printed and the service starts.</summary>
internal enum ConfigSeverity
{
    Erreur,
    Attention,
}
