namespace EntSync.Generator.Writers;

/// <summary>Every format the generator writes, in one list.</summary>
public static class ExportWriters
{
    public static IReadOnlyList<IExportWriter> All { get; } =
    [
        new Edt.EdtClairWriter(),
        new Edt.EdtChiffreWriter(),
        new Edt.EdtTexteWriter(),
    ];
}
