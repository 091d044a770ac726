using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Configuration;

public sealed class DestinationsValidatorTests : IDisposable
{
    private readonly ConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Infrastructure.Configuration.ConfigLoadResult Check(string destinations, string routes = "[]", params (string, string)[] variables) =>
        _folder.Check($$"""
            {
              "etablissements": [ { "uai": "7699007L" } ],
              "sources": [ { "nom": "depot", "chemin": "../depot" } ],
              "donnees": { "dossier": "../data" },
              "destinations": {{destinations}},
              "routes": {{routes}}
            }
            """, variables);

    [Fact]
    public void Validate_HttpWebDavAndFolderDestinations_AreAcceptedWithoutAnyProblem()
    {
        var result = Check("""
            [
              { "nom": "ent", "etablissement": "7699007L", "type": "http", "url": "https://ent.exemple.fr/import/{secret:JETON}", "mode": "reel" },
              { "nom": "udt", "etablissement": "7699007L", "type": "webdav", "url": "https://ent.exemple.fr/dav/", "authentification": "basic",
                "utilisateur": "depot", "motDePasse": "secret:DAV", "types": ["Udt"], "nomFichier": "{uai}_{horodatage:yyyyMMddHHmmss}_UDT.zip" },
              { "nom": "import-edt", "etablissement": "7699007L", "type": "dossier", "chemin": "../import", "types": ["tous"] }
            ]
            """, """[ { "types": ["SiecleEleves", "StsEmp"], "destination": "import-edt" } ]""", ("ENTSYNC_SECRET_JETON", "abc123"), ("ENTSYNC_SECRET_DAV", "motdepasse"));

        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal("https://ent.exemple.fr/import/abc123", result.Config!.Options.Destinations[0].ResolvedUrl);
        Assert.Equal(Path.Combine(_folder.Root, "import"), result.Config.Options.Destinations[2].Chemin);
    }

    [Fact]
    public void Load_SftpDestination_KeyFilesRelativeToTheConfigFileRemoteFolderAsWrittenAndValid()
    {
        Directory.CreateDirectory(Path.Combine(_folder.ConfigDirectory, "ssh"));
        TestKeys.WritePrivate(Path.Combine(_folder.ConfigDirectory, "ssh", "cle_entsync"), TestKeys.OpenSshPrivateKey());
        File.WriteAllText(Path.Combine(_folder.ConfigDirectory, "ssh", "known_hosts"), $"[sftp.ac-exemple.fr]:2222 {TestKeys.PublicKeyLine}\n");

        var result = Check("""
            [ { "nom": "ent", "etablissement": "7699007L", "type": "sftp", "hote": "sftp.ac-exemple.fr", "port": 2222, "utilisateur": "college",
                "clePrivee": "ssh/cle_entsync", "cleHote": "ssh/known_hosts", "chemin": "/import", "mode": "reel" } ]
            """);

        Assert.Empty(result.Problems);
        var d = result.Config!.Options.Destinations[0];
        Assert.Equal(Path.Combine(_folder.ConfigDirectory, "ssh", "cle_entsync"), d.ClePrivee);
        Assert.Equal(Path.Combine(_folder.ConfigDirectory, "ssh", "known_hosts"), d.CleHote);
        Assert.Equal("/import", d.Chemin);
    }

    [Fact]
    public void Validate_SftpDestinationWithNothingButItsType_EveryMissingValueNamedAsForASource()
    {
        var result = Check("""[ { "nom": "ent", "etablissement": "7699007L", "type": "sftp", "clePrivee": "cle.pub" } ]""");

        ConfigAssert.Error(result, "destinations[0].hote", "valeur requise");
        ConfigAssert.Error(result, "destinations[0].utilisateur", "valeur requise");
        ConfigAssert.Error(result, "destinations[0].chemin", "valeur requise");
        ConfigAssert.Error(result, "destinations[0].clePrivee", "clé privée introuvable");
        ConfigAssert.Error(result, "destinations[0].cleHote", "entsync sftp trust");
        Assert.DoesNotContain(result.Problems, p => p.Path == "destinations[0].type");
    }

    [Fact]
    public void Validate_EveryMistake_IsReportedWithItsJsonPath()
    {
        var result = Check("""
            [
              { "nom": "ent", "etablissement": "0753456B", "type": "http", "url": "ftp://ent", "mode": "vrai", "types": ["Edt"],
                "authentification": "basic", "proxy": "mon-proxy", "nomFichier": "{uai}_{date}.xml", "codesBloquants": ["PAS-UN-CODE", "ENT-ENVOI-ECHEC"],
                "tentatives": 0, "fichierAc": "absent.pem", "entetes": [ { "nom": "X Cle", "valeur": "v" } ] },
              { "nom": "ENT", "etablissement": "7699007L", "type": "dossier" }
            ]
            """, """[ { "types": ["Udt"], "destination": "inconnue" }, { "types": ["StsEmp"], "destination": "ent" } ]""");

        ConfigAssert.Error(result, "destinations[0].etablissement", "0753456B", "7699007L");
        ConfigAssert.Error(result, "destinations[0].url", "http:// ou https://");
        ConfigAssert.Error(result, "destinations[0].mode", "simulation", "reel");
        ConfigAssert.Error(result, "destinations[0].types[0]", "type d'export inconnu");
        ConfigAssert.Error(result, "destinations[0].utilisateur", "basic");
        ConfigAssert.Error(result, "destinations[0].motDePasse", "secret:NOM");
        ConfigAssert.Error(result, "destinations[0].proxy", "systeme");
        ConfigAssert.Error(result, "destinations[0].nomFichier", "{date}");
        ConfigAssert.Error(result, "destinations[0].codesBloquants[0]", "inconnu");
        ConfigAssert.Error(result, "destinations[0].codesBloquants[1]", "relais");
        ConfigAssert.Error(result, "destinations[0].tentatives", "entre 1 et 10");
        ConfigAssert.Error(result, "destinations[0].fichierAc", "introuvable");
        ConfigAssert.Error(result, "destinations[0].entetes[0].nom", "invalide");
        ConfigAssert.Error(result, "destinations[1].nom", "déjà utilisé");
        ConfigAssert.Error(result, "destinations[1].chemin", "valeur requise");
        ConfigAssert.Error(result, "routes[0].destination", "inconnue");
        ConfigAssert.Error(result, "routes[1].types[0]", "n'accepte pas StsEmp");
    }

    [Fact]
    public void Validate_MissingUrlSecret_NamesTheVariableAndTheFile()
    {
        var result = Check("""[ { "nom": "ent", "etablissement": "7699007L", "url": "https://ent.exemple.fr/i?t={secret:JETON_ENT}" } ]""");

        ConfigAssert.Error(result, "destinations[0].url", "ENTSYNC_SECRET_JETON_ENT");
    }

    [Fact]
    public void Validate_CredentialsOverPlainHttpForReal_IsAWarning()
    {
        var result = Check("""
            [ { "nom": "ent", "etablissement": "7699007L", "url": "http://ent.exemple.fr/import", "mode": "reel", "authentification": "bearer", "jeton": "secret:J" } ]
            """, "[]", ("ENTSYNC_SECRET_J", "jeton-de-test"));

        ConfigAssert.NoErrors(result);
        ConfigAssert.Warning(result, "destinations[0].url", "en clair");
    }

    [Fact]
    public void Validate_UnknownKeyInADestination_IsAnError()
    {
        var result = Check("""[ { "nom": "ent", "etablissement": "7699007L", "url": "https://e/i", "motdepasse": "x" } ]""");

        ConfigAssert.Error(result, "destinations[0].motdepasse", "clé inconnue");
    }
}
