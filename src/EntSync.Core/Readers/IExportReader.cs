using EntSync.Core.Identification;
using EntSync.Core.Model;

namespace EntSync.Core.Readers;

/// <summary>
/// Reads one kind of export into typed records, streaming. A reader throws <see cref="ExportReadException"/> or
/// <see cref="System.Xml.XmlException"/> for a file it cannot read; business oddities are warnings, never exceptions.
/// </summary>
public interface IExportReader
{
    ExportKind Kind { get; }

    ReadResult Read(ExportDocument document, ExportIdentity identity);
}
