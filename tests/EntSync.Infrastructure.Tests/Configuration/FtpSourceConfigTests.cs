namespace EntSync.Infrastructure.Tests.Configuration;

/// <summary>An "ftp" source in the configuration file: loaded (remote chemin untouched, CA file resolved) and validated.</summary>
public sealed class FtpSourceConfigTests : IDisposable
{
    private readonly ConfigFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Json(string extra = "", string motDePasse = "secret:MDP_FTP") => $$"""
        {
          "etablissements": [ { "uai": "7699007L", "nom": "COLLÈGE TEST" } ],
          "sources": [ { "nom": "depot-ftp", "type": "ftp", "hote": "ftp.exemple.fr", "utilisateur": "compte",
                         "motDePasse": "{{motDePasse}}", "chemin": "/depot"{{extra}} } ],
          "donnees": { "dossier": "../data" }
        }
        """;

    [Fact]
    public void Check_SecretPassword_ValidWithRemotePathKeptAndPasswordResolved()
    {
        var result = folder.Check(Json(), ("ENTSYNC_SECRET_MDP_FTP", "le-secret"));

        ConfigAssert.NoErrors(result);
        var source = result.Config!.Options.Sources[0];
        Assert.Equal(("/depot", "le-secret", "explicite", "auto", true), (source.Chemin, source.MotDePasse, source.Chiffrement, source.Client, source.ModePassif));
    }

    [Fact]
    public void Check_ClearTextPassword_RefusedWithTheSecretExplained()
    {
        var result = folder.Check(Json(motDePasse: "azerty"));

        ConfigAssert.Error(result, "sources[0].motDePasse", "en clair", "secret:NOM", "ENTSYNC_SECRET_NOM");
    }

    [Fact]
    public void Check_MissingPasswordHostAndUser_EachNamed()
    {
        var result = folder.Check(Json(motDePasse: "").Replace("ftp.exemple.fr", "").Replace("\"compte\"", "\"\""));

        ConfigAssert.Error(result, "sources[0].motDePasse", "secret:NOM");
        ConfigAssert.Error(result, "sources[0].hote", "serveur FTP");
        ConfigAssert.Error(result, "sources[0].utilisateur", "compte FTP");
    }

    [Fact]
    public void Check_UnresolvedSecret_OnlyTheLoaderMessage()
    {
        var result = folder.Check(Json());

        ConfigAssert.Error(result, "sources[0].motDePasse", "ENTSYNC_SECRET_MDP_FTP");
    }

    [Fact]
    public void Check_ChiffrementAucun_AcceptedWithAWarning()
    {
        var result = folder.Check(Json(""", "chiffrement": "aucun" """), ("ENTSYNC_SECRET_MDP_FTP", "x"));

        ConfigAssert.NoErrors(result);
        ConfigAssert.Warning(result, "sources[0].chiffrement", "en clair", "réseau de confiance");
    }

    [Theory]
    [InlineData(""", "chiffrement": "non" """, "sources[0].chiffrement", "explicite")]
    [InlineData(""", "client": "lftp" """, "sources[0].client", "curl")]
    [InlineData(""", "client": "dotnet" """, "sources[0].client", "auto")]
    [InlineData(""", "modePassif": false """, "sources[0].modePassif", "mode actif")]
    [InlineData(""", "fichierAc": "ac-absente.pem" """, "sources[0].fichierAc", "introuvable")]
    [InlineData(""", "chemin": "" """, "sources[0].chemin", "dossier de dépôt")]
    public void Check_BadFtpValue_ErrorNamesTheKey(string extra, string path, string fragment)
    {
        var json = extra.Contains("chemin", StringComparison.Ordinal) ? Json().Replace("\"chemin\": \"/depot\"", "\"chemin\": \"\"") : Json(extra);

        var result = folder.Check(json, ("ENTSYNC_SECRET_MDP_FTP", "x"));

        ConfigAssert.Error(result, path, fragment);
    }

    [Fact]
    public void Load_CaFile_RelativeToTheConfigurationFile()
    {
        var result = folder.Load(Json(""", "fichierAc": "ac/serveur.pem" """), ("ENTSYNC_SECRET_MDP_FTP", "x"));

        Assert.Equal(Path.Combine(folder.ConfigDirectory, "ac", "serveur.pem"), result.Config!.Options.Sources[0].FichierAc);
    }

    [Fact]
    public void Check_CaFileNotAPemCertificate_Refused()
    {
        File.WriteAllText(Path.Combine(folder.ConfigDirectory, "ac.pem"), "pas un certificat");

        var result = folder.Check(Json(""", "fichierAc": "ac.pem" """), ("ENTSYNC_SECRET_MDP_FTP", "x"));

        ConfigAssert.Error(result, "sources[0].fichierAc", "PEM");
    }
}
