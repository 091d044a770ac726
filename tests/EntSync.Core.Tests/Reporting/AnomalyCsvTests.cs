using System.Text;
using EntSync.Core.Reporting.Email;
using EntSync.Core.Rules;

namespace EntSync.Core.Tests.Reporting;

public sealed class AnomalyCsvTests
{
    [Fact]
    public void Render_TwoAnomalies_ByteExactUtf8BomSemicolonsCrlfAndQuoting()
    {
        var first = new DateTime(2026, 11, 10, 8, 5, 0);
        var anomalies = new[]
        {
            ReportFixture.Open("SIECLE-ELEVE-SANS-INE", Severity.Attention, Audience.Secretariat, "ELEVE_ID:3", "LEROY Éric; \"dit\" Ricky\nsans INE", first),
            ReportFixture.Open("EDT-GROUPE-VIDE", Severity.Erreur, Audience.EmploiDuTemps, "=HYPERLINK(\"x\")", "Groupe vide", first),
        };

        var bytes = AnomalyCsv.Render(anomalies);

        var expected = "code;severite;audience;sujet;message;premiere_fois;derniere_fois\r\n" +
                       "SIECLE-ELEVE-SANS-INE;Attention;Secrétariat;ELEVE_ID:3;\"LEROY Éric; \"\"dit\"\" Ricky\nsans INE\";10/11/2026 08:05;22/11/2026 06:30\r\n" +
                       "EDT-GROUPE-VIDE;Erreur;Emploi du temps;\"'=HYPERLINK(\"\"x\"\")\";Groupe vide;10/11/2026 08:05;22/11/2026 06:30\r\n";
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(expected)], bytes);
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData(" espace", "\" espace\"")]
    [InlineData("+33 6 12", "'+33 6 12")]
    [InlineData("@SOMME", "'@SOMME")]
    public void Cell_Values_QuotedOrNeutralised(string value, string expected) => Assert.Equal(expected, AnomalyCsv.Cell(value));
}
