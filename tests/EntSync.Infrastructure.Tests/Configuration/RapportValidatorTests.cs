using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

public sealed class RapportValidatorTests : IDisposable
{
    private readonly ConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ConfigLoadResult Check(string messagerie, string destinataires = """{ "tous": ["chef@college-exemple.fr"] }""", string controles = "{}") =>
        _folder.Check($$"""
            { "etablissements": [ { "uai": "7699007L", "destinataires": {{destinataires}} } ], "sources": [ { "nom": "depot", "chemin": "../depot" } ],
              "donnees": { "dossier": "../data" }, "controles": {{controles}}, "messagerie": {{messagerie}} }
            """);

    [Fact]
    public void Validate_StartTlsWithAccountAndRecipients_IsValid()
    {
        var result = Check("""{ "hote": "smtp.college-exemple.fr", "utilisateur": "entsync", "motDePasse": "x", "expediteur": "entsync@college-exemple.fr" }""");

        ConfigAssert.NoErrors(result);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Validate_ImplicitTls_RefusedWithTheWayOut()
    {
        var result = Check("""{ "hote": "smtp.college-exemple.fr", "port": 465, "securite": "tls", "expediteur": "entsync@college-exemple.fr" }""");

        ConfigAssert.Error(result, "messagerie.securite", "n'est pas pris en charge", "« starttls »", "587");
        ConfigAssert.Error(result, "messagerie.port", "465", "587");
    }

    [Fact]
    public void Validate_AccountWithoutEncryption_RefusedPasswordWouldTravelInClear()
    {
        var result = Check("""{ "hote": "relais.local", "securite": "aucune", "utilisateur": "u", "motDePasse": "p", "expediteur": "entsync@college-exemple.fr" }""");

        ConfigAssert.Error(result, "messagerie.securite", "en clair");
    }

    [Fact]
    public void Validate_BadValues_EachNamedByItsPath()
    {
        var result = Check("""{ "hote": "smtp.x.fr", "securite": "ssl", "utilisateur": "u", "expediteur": "pas une adresse", "fichierAc": "absent.pem" }""",
            destinataires: """{ "secretariat": ["secretariat@college", "ok@college.fr"], "toutVaBien": ["chef"] }""",
            controles: """{ "sourceMuetteJours": { "siecleEleves": -1 } }""");

        ConfigAssert.Error(result, "messagerie.securite", "« starttls »", "« aucune »", "reçu « ssl »");
        ConfigAssert.Error(result, "messagerie.expediteur", "adresse de courriel invalide");
        ConfigAssert.Error(result, "messagerie.motDePasse", "vont ensemble");
        ConfigAssert.Error(result, "messagerie.fichierAc", "introuvable");
        ConfigAssert.Error(result, "etablissements[0].destinataires.secretariat[0]", "adresse de courriel invalide « secretariat@college »");
        ConfigAssert.Error(result, "etablissements[0].destinataires.toutVaBien[0]", "« chef » inconnu", "administrateurEnt");
        ConfigAssert.Error(result, "controles.sourceMuetteJours.siecleEleves", "positif");
    }

    [Fact]
    public void Validate_RecipientsWithoutServer_WarnsReportsAreOnlyWritten()
    {
        var result = Check("{}");

        ConfigAssert.NoErrors(result);
        ConfigAssert.Warning(result, "messagerie.hote", "rapports/");
    }

    [Fact]
    public void Load_CaFileRelativePath_ResolvedAgainstTheConfigFolder()
    {
        var result = Check("""{ "hote": "smtp.x.fr", "expediteur": "e@x.fr", "fichierAc": "ac-interne.pem" }""");

        Assert.EndsWith(Path.Combine("ac-interne.pem"), result.Config!.Options.Messagerie.FichierAc);
        Assert.True(Path.IsPathRooted(result.Config.Options.Messagerie.FichierAc));
    }
}
