namespace EntSync.Core.Model;

/// <summary>The typed content a reader produced from one export.</summary>
public interface IExportContent
{
    ExportCounts Counts { get; }
}
