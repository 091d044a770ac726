using EntSync.Core.Identification;
using EntSync.Core.Readers.Udt;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Readers.Udt;

public sealed class UdtEntryNameTests
{
    [Theory]
    [InlineData("UDCal_04.xml", 4, null)]
    [InlineData("udcal_12_05.xml", 12, 5)]
    [InlineData("export/UDCAL_23_52.XML", 23, 52)]
    public void Parse_AnyCaseAndFolder_NumberAndWeek(string name, int number, int? week)
    {
        var parsed = UdtEntryName.Parse(name);

        Assert.Equal((number, week), (parsed!.Number, parsed.Week));
    }

    [Theory]
    [InlineData("semaines.xml")]
    [InlineData("UDCal_4.xml")]
    [InlineData("UDCal_04.xml.bak")]
    public void Parse_OtherNames_Null(string name) => Assert.Null(UdtEntryName.Parse(name));

    /// <summary>Laclasse's list of a real export's files: every UDCal name in it is recognised by the inspector and the reader.</summary>
    [SampleFact]
    public void Parse_EveryFileOfLaclasseDocumentation_Recognised()
    {
        var names = File.ReadLines(Samples.Sample("udt/laclasse/documentation.org"))
            .Select(l => l.TrimStart('*', ' ').Split(' ')[0])
            .Where(n => n.StartsWith("UDCal_", StringComparison.Ordinal))
            .ToList();

        Assert.True(names.Count > 180, $"{names.Count} names");
        Assert.All(names, n => Assert.True(ExportIdentifier.UdCalName().IsMatch(n), n));
        Assert.All(names, n => Assert.NotNull(UdtEntryName.Parse(n)));
        Assert.Contains(names, n => UdtEntryName.Parse(n) is { Number: 12, Week: 52 });
    }
}
