namespace EntSync.Core.Model.Edt;

/// <summary>EDT's flat "export texte" of courses (root TABLE). It carries neither UAI nor school year.</summary>
public sealed record EdtTexteExport(IReadOnlyList<EdtTexteCours> Cours, ExportCounts Counts) : IExportContent;
