using EntSync.Core.Model;

namespace EntSync.Core.Readers;

/// <summary>The reader for each kind. One place lists them all, so a missing reader is a visible gap, not a lookup failure.</summary>
public sealed class ExportReaderCatalog
{
    private readonly Dictionary<ExportKind, IExportReader> _readers;

    public ExportReaderCatalog(IEnumerable<IExportReader> readers) => _readers = readers.ToDictionary(r => r.Kind);

    public IExportReader? For(ExportKind kind) => _readers.GetValueOrDefault(kind);

    public static ExportReaderCatalog CreateDefault() => new(
    [
        new Siecle.SiecleElevesReader(),
        new Siecle.SiecleResponsablesReader(),
        new Siecle.SiecleNomenclaturesReader(),
        new Siecle.SiecleStructuresReader(),
        new Siecle.SiecleCommunReader(),
        new Sts.StsEmpReader(),
        new Sts.EdtStsReader(),
        new EleveGroupe.EleveGroupeReader(),
        new Udt.UdtReader(),
        new Edt.EdtChiffreReader(),
        new Edt.EdtClairReader(),
        new Edt.EdtTexteReader(),
    ]);
}
