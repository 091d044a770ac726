using System.Text.Json;
using System.Text.RegularExpressions;
using EntSync.Core.Reporting;
using EntSync.Core.Reporting.Email;
using EntSync.Core.Rules;

namespace EntSync.Core.Tests.Reporting;

public sealed class ReportRenderersTests
{
    private static readonly ReportContent Everything = ReportContent.For(ReportFixture.Data(), ReportView.Everything);

    [Fact]
    public void Html_Everything_ChangesAudiencesFlowsAndIgnoreEntries()
    {
        var html = ReportHtmlRenderer.Render(Everything);

        Assert.Contains("Nouveaux problèmes : 2", html);
        Assert.Contains("Problèmes résolus : 1", html);
        Assert.Contains("Toujours ouverts : 6", html);
        Assert.Contains("ouvert depuis 12 jours", html);
        Assert.Contains("Secrétariat (SIECLE Base élèves)", html);
        Assert.Contains("Remède de SIECLE-ELEVE-SANS-DIVISION : menu Gestion &gt; Élèves.", html);
        Assert.Contains("ignorer : { &quot;code&quot;: &quot;SIECLE-ELEVE-SANS-DIVISION&quot;, &quot;sujet&quot;: &quot;ELEVE_ID:1&quot;, &quot;raison&quot;: &quot;&quot; }", html);
        Assert.Contains("État des flux", html);
        Assert.Contains("Structures-coupé.xml", html);
        Assert.Contains("Fichier tronqué (ligne 91, colonne 19)", html);
        Assert.Contains("retenu, en attente : 1", html);
        Assert.Contains("EXPORT-PARTIEL : pas d&#39;export précédent pour comparer", html);
        Assert.Contains("n&#39;a pu être remis que le 21/11/2026 à 11h30, après 4 tentatives", html);
        Assert.Contains("1 anomalie ignorée", html);
    }

    [Fact]
    public void Html_NamesFromExports_EncodedAndIgnoredOnesNotListed()
    {
        var html = ReportHtmlRenderer.Render(Everything);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("DURAND Zoé &lt;script&gt;", html);
        Assert.DoesNotContain("IGNORÉ Parent", html);
    }

    [Fact]
    public void Html_PhoneFriendly_InlineStylesOnlyAndNoFixedWidth()
    {
        var html = ReportHtmlRenderer.Render(Everything);

        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("<table", html);
        Assert.Contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"", html);
        Assert.DoesNotMatch(new Regex(@"(?<!max-)width:\s*\d+px"), html);
        Assert.Contains("overflow-wrap:anywhere", html);
    }

    [Fact]
    public void Html_SecretariatOnly_NoOtherAudienceNorFlows()
    {
        var html = ReportHtmlRenderer.Render(ReportContent.For(ReportFixture.Data(), new ReportView(new HashSet<Audience> { Audience.Secretariat })));

        Assert.Contains("MARTIN Noël", html);
        Assert.DoesNotContain("DUPONT Hélène", html);
        Assert.DoesNotContain("État des flux", html);
        Assert.DoesNotContain("Direction (STS-Web)", html);
    }

    [Fact]
    public void Text_Everything_SameFactsAsTheHtml()
    {
        var text = ReportTextRenderer.Render(Everything);

        Assert.Contains("Nouveaux problèmes : 2", text);
        Assert.Contains("STS-STRUCTURE-SANS-SERVICE – Division ou groupe sans aucun service : 1 (résolu)", text);
        Assert.Contains("  • LEROY Éric sans INE [ouvert depuis 30 jours]", text);
        Assert.Contains("  • MARTIN Noël sans classe [nouveau]", text);
        Assert.Contains("    ignorer : { \"code\": \"EDT-GROUPE-VIDE\", \"sujet\": \"GROUPE:4LAT\", \"raison\": \"\" }", text);
        Assert.Contains("  À faire : Remède de EDT-GROUPE-VIDE : menu Gestion > Élèves.", text);
        Assert.Contains("  ! Structures-coupé.xml (source depot, le 22/11/2026 à 03h30) : Fichier tronqué (ligne 91, colonne 19)", text);
        Assert.Contains("SIECLE – élèves · source depot : ElevesSansAdresses.xml, reçu le 20/11/2026 à 06h30 (il y a 2 jours) ; attendu au moins tous les 7 jours", text);
        Assert.Contains("STS-Web – export emploi du temps (sts_emp) : jamais reçu (attendu au moins tous les 30 jours)", text);
        Assert.DoesNotContain("IGNORÉ", text);
    }

    [Fact]
    public void IgnoreEntry_QuotesInTheSubject_IsJsonThatReadsBackToCodeAndSubject()
    {
        var anomaly = new Anomaly("EDT-GROUPE-VIDE", Severity.Attention, Audience.EmploiDuTemps, "GROUPE:4\"LAT\\é", "m", "r");

        var entry = JsonDocument.Parse(ReportWording.IgnoreEntry(anomaly)).RootElement;

        Assert.Equal("EDT-GROUPE-VIDE", entry.GetProperty("code").GetString());
        Assert.Equal("GROUPE:4\"LAT\\é", entry.GetProperty("sujet").GetString());
        Assert.Equal("", entry.GetProperty("raison").GetString());
        Assert.Contains("é", ReportWording.IgnoreEntry(anomaly));
    }
}
