namespace EntSync.Infrastructure.Configuration;

/// <summary>One establishment the service looks after.</summary>
public sealed class EtablissementOptions
{
    public string Uai { get; set; } = "";
    public string Nom { get; set; } = "";
    /// <summary>The current school year (start year, e.g. 2026 for 2026-2027), or "auto": the newest SIECLE export's.</summary>
    public string AnneeScolaire { get; set; } = "auto";
    /// <summary>Who receives this establishment's report, per audience.</summary>
    public DestinatairesOptions Destinataires { get; set; } = new();
}
