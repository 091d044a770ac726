namespace EntSync.Infrastructure.Configuration;

/// <summary>An extra HTTP header of a destination; the value may be "secret:NOM".</summary>
public sealed class EnteteOptions
{
    public string Nom { get; set; } = "";
    public string Valeur { get; set; } = "";
}
