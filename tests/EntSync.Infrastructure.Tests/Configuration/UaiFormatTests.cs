using EntSync.Infrastructure.Configuration.Validation;

namespace EntSync.Infrastructure.Tests.Configuration;

public sealed class UaiFormatTests
{
    [Theory]
    [InlineData(7699007)]
    [InlineData(0)]
    [InlineData(1234567)]
    [InlineData(9999999)]
    public void WithCheckLetter_AgreesWithTheGenerator(int number)
    {
        var uai = EntSync.Generator.Uai.FromNumber(number);

        Assert.Equal(uai, UaiFormat.WithCheckLetter(uai[..7] + "X"));
    }
}
