using EntSync.Core.Readers.Siecle;

namespace EntSync.Core.Tests.Readers.Siecle;

public sealed class SiecleWarningsTests
{
    [Fact]
    public void ToList_MoreThanTheCapForOneCode_KeepsTheCapAndSumsUpTheRest()
    {
        var warnings = new SiecleWarnings();
        for (var i = 1; i <= SiecleWarnings.PerCode + 7; i++) warnings.Add("DATE-INVALIDE", () => "date", i);
        warnings.Add("AUTRE", () => "autre", 1);

        var list = warnings.ToList();

        Assert.Equal(SiecleWarnings.PerCode, list.Count(w => w.Code == "DATE-INVALIDE" && w.Line is not null));
        var summary = Assert.Single(list, w => w.Code == "DATE-INVALIDE" && w.Line is null);
        Assert.Contains("7 autre(s)", summary.Message);
        Assert.Single(list, w => w.Code == "AUTRE");
    }
}
