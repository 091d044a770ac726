using EntSync.Core.Identification;
using EntSync.Core.Model;

namespace EntSync.Core.Readers;

/// <summary>What a reader made of one export: its identity (completed from the content), the typed content and warnings.</summary>
public sealed record ReadResult(ExportIdentity Identity, IExportContent Content, IReadOnlyList<ReadWarning> Warnings);
