namespace EntSync.Core.Tests.Readers.Udt;

public sealed class UdtIdentityTests : IDisposable
{
    private readonly UdtFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Read_StandardZipName_UaiAndExportDateFromName()
    {
        var file = UdtFixture.Inspect(_fixture.Zip("0693834C_20261005180211_UDT.zip"));

        Assert.Equal("0693834C", file.Identity.Uai);
        Assert.Equal(new DateTime(2026, 10, 5, 18, 2, 11), file.Identity.ExportDate);
        Assert.Equal(2026, file.Identity.SchoolYear);
    }

    [Fact]
    public void Read_NonStandardName_UaiFoundAnywhereWithoutDate()
    {
        var file = UdtFixture.Inspect(_fixture.Zip("export udt 20261005 0693834c (2).zip"));

        Assert.Equal("0693834C", file.Identity.Uai);
        Assert.Null(file.Identity.ExportDate);
        Assert.DoesNotContain(file.Warnings, w => w.Code == "UDT-UAI-ABSENT");
    }

    [Fact]
    public void Read_NameWithoutUai_WarnsUaiAbsent()
    {
        var file = UdtFixture.Inspect(_fixture.Zip("export_udt_20261005180211.zip"));

        Assert.Null(file.Error);
        Assert.Null(file.Identity.Uai);
        Assert.Equal("UDT-UAI-ABSENT", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_CalendarWithoutAnnee_YearFromDebutEleve()
    {
        _fixture.Entries["udcal_24.xml"] = "<calendrier><debut_eleve>02/09/2025</debut_eleve></calendrier>";

        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.Equal(2025, file.Identity.SchoolYear);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Read_AnneeDisagreesWithDebutEleve_KeepsAnneeAndWarns()
    {
        _fixture.Entries["udcal_24.xml"] = "<calendrier><annee>2027</annee><debut_eleve>01/09/2026</debut_eleve></calendrier>";

        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.Equal(2027, file.Identity.SchoolYear);
        Assert.Equal("UDT-ANNEE-INCOHERENTE", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_NoCalendar_WarnsYearMissing()
    {
        _fixture.Entries.Remove("udcal_24.xml");

        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.Null(file.Identity.SchoolYear);
        Assert.Equal("UDT-ANNEE-ABSENTE", Assert.Single(file.Warnings).Code);
    }
}
