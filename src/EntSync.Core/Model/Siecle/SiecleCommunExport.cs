namespace EntSync.Core.Model.Siecle;

/// <summary>Content of Communs.xml (BEE_COMMUN). Fields of <see cref="Commun"/> are null when the file lacks the block.</summary>
public sealed record SiecleCommunExport(string? Version, Commun Commun) : IExportContent
{
    public ExportCounts Counts => new();
}
