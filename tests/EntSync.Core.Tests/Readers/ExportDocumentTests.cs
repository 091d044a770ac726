using EntSync.Core.Readers;

namespace EntSync.Core.Tests.Readers;

public sealed class ExportDocumentTests
{
    [Theory]
    [InlineData("20261122T102320_7699007LELEGROUPE2026261005180211.zip", "7699007LELEGROUPE2026261005180211.zip")]
    [InlineData("20261122T102320_sts_emp_7699007L_2026.xml", "sts_emp_7699007L_2026.xml")]
    [InlineData("sts_emp_7699007L_2026.xml", "sts_emp_7699007L_2026.xml")]
    [InlineData("2026112XT102320_x.xml", "2026112XT102320_x.xml")]
    public void FromFile_DataDirectoryCopy_HintsUseTheDroppedName(string stored, string expected)
    {
        Assert.Equal(expected, ExportDocument.FromFile(Path.Combine("archive", stored)).FileName);
    }
}
