namespace EntSync.Core.Model.Siecle;

/// <summary>Content of Structures.xml (BEE_STRUCTURES): the divisions and groups as SIECLE imported them from STS-Web.</summary>
public sealed record SiecleStructuresExport(string? Version, IReadOnlyList<Division> Divisions, IReadOnlyList<Groupe> Groupes) : IExportContent
{
    public ExportCounts Counts => new() { Divisions = Divisions.Count, Groupes = Groupes.Count };
}
