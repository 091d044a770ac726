namespace EntSync.Core.Model.Siecle;

/// <summary>
/// Content of ElevesSansAdresses.xml / ElevesAvecAdresses.xml (BEE_ELEVES). <see cref="Adresses"/> is empty in the
/// contents kept for the checks, which do not use pupils' addresses (Pipeline/CheckContents).
/// </summary>
public sealed record SiecleElevesExport(
    string? Version,
    string Variant,
    IReadOnlyList<Eleve> Eleves,
    IReadOnlyList<Adresse> Adresses) : IExportContent
{
    public ExportCounts Counts => new() { Eleves = Eleves.Count };
}
