using EntSync.Core.Snapshot;

namespace EntSync.Core.Tests.Snapshot;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Le Bœuf-Martin", "LE BOEUF  MARTIN")]
    [InlineData("D'ALMEIDA", "d almeida")]
    [InlineData("Éloïse", "ELOISE")]
    [InlineData("  Jean--Baptiste ", "jean baptiste")]
    public void Normalize_SpellingVariants_GiveTheSameKey(string a, string b)
    {
        Assert.Equal(NameKey.Normalize(a), NameKey.Normalize(b));
    }

    [Theory]
    [InlineData("MARTIN", "MARTINE")]
    [InlineData("LEA", "LEO")]
    public void Normalize_DifferentNames_StayDifferent(string a, string b)
    {
        Assert.NotEqual(NameKey.Normalize(a), NameKey.Normalize(b));
    }

    [Fact]
    public void Person_IncludesBirthDate()
    {
        Assert.NotEqual(NameKey.Person("MARTIN", "Léa", new DateOnly(2014, 3, 12)), NameKey.Person("MARTIN", "Léa", new DateOnly(2014, 3, 13)));
        Assert.Equal(NameKey.Person("Martin", "Léa", new DateOnly(2014, 3, 12)), NameKey.Person("MARTIN", "LEA", new DateOnly(2014, 3, 12)));
    }
}
