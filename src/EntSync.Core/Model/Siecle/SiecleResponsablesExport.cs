namespace EntSync.Core.Model.Siecle;

/// <summary>Content of ResponsablesSansAdresses.xml / ResponsablesAvecAdresses.xml (BEE_RESPONSABLES).</summary>
public sealed record SiecleResponsablesExport(
    string? Version,
    string Variant,
    IReadOnlyList<Personne> Personnes,
    IReadOnlyList<ResponsableEleve> Responsables,
    IReadOnlyList<Adresse> Adresses) : IExportContent
{
    public ExportCounts Counts => new() { Personnes = Personnes.Count, Responsables = Responsables.Count };
}
