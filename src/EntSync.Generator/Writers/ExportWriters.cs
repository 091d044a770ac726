namespace EntSync.Generator.Writers;

/// <summary>Every format the generator writes, in one list.</summary>
public static class ExportWriters
{
    public static IReadOnlyList<IExportWriter> All { get; } =
    [
        new Siecle.SiecleElevesWriter(),
        new Siecle.SiecleResponsablesWriter(),
        new Siecle.SiecleNomenclatureWriter(),
        new Siecle.SiecleStructuresWriter(),
        new Siecle.SiecleCommunsWriter(),
        new Sts.StsEmpWriter(),
        new Sts.EmpStsWriter(),
        new EleveGroupe.EleveGroupeWriter(),
        new Udt.UdtWriter(),
        new Edt.EdtClairWriter(),
        new Edt.EdtChiffreWriter(),
        new Edt.EdtTexteWriter(),
    ];
}
