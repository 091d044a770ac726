namespace EntSync.Core.Model.Siecle;

/// <summary>Content of Nomenclature.xml (BEE_NOMENCLATURES): the MEFs and subjects the other files refer to.</summary>
public sealed record SiecleNomenclaturesExport(string? Version, IReadOnlyList<Mef> Mefs, IReadOnlyList<Matiere> Matieres) : IExportContent
{
    public ExportCounts Counts => new() { Matieres = Matieres.Count };
}
