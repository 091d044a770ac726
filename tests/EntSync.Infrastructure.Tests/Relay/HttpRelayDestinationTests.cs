using System.Security.Cryptography.X509Certificates;
using System.Text;
using EntSync.Core.Relay;
using EntSync.Core.Tests.Support;
using EntSync.Infrastructure.Relay;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Relay;

public sealed class HttpRelayDestinationTests : IAsyncLifetime
{
    private static readonly string EncryptedSample = Samples.Sample("edt-index-ent-export/laclasse/Edt_To_LaclasseCom_0134567A.xml");

    private readonly string _folder = Directory.CreateTempSubdirectory("entsync-http-").FullName;
    private TestReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await TestReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [SampleFact]
    public async Task Deliver_EncryptedSample_ArrivesByteIdenticalInTheMultipartFileField()
    {
        using var destination = new HttpRelayDestination(RelayDestinations.Http(_receiver.Url("directory/timetable/import/0134567A?structAttr=uai")));

        var result = await destination.DeliverAsync(RelayDestinations.Payload(EncryptedSample), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
        var request = Assert.Single(_receiver.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/directory/timetable/import/0134567A?structAttr=uai", request.PathAndQuery);
        Assert.Equal("file", request.Field);
        Assert.Equal("0134567A_20261005180211_EDT.xml", request.FileName);
        Assert.Equal(await File.ReadAllBytesAsync(EncryptedSample), request.File);
    }

    [Fact]
    public async Task Deliver_RawBodyWithBearerAndHeader_SendsTheFileAsTheBody()
    {
        var options = RelayDestinations.Http(_receiver.Url("import"));
        options.Corps = "brut";
        options.Authentification = "bearer";
        options.Jeton = "jeton-de-test-123";
        options.Entetes = [new() { Nom = "X-Cle-Api", Valeur = "cle-456" }];
        using var destination = new HttpRelayDestination(options);

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("<EXPORT/>"), "export.xml"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
        var request = Assert.Single(_receiver.Requests);
        Assert.Equal("<EXPORT/>", Encoding.UTF8.GetString(request.Body));
        Assert.Equal("application/xml", request.ContentType);
        Assert.Equal("Bearer jeton-de-test-123", request.Headers["Authorization"]);
        Assert.Equal("cle-456", request.Headers["X-Cle-Api"]);
    }

    [Fact]
    public async Task Deliver_Basic_SendsTheAccount()
    {
        var options = RelayDestinations.Http(_receiver.Url("import"));
        options.Authentification = "basic";
        options.Utilisateur = "depot";
        options.MotDePasse = "mot-de-passe";
        using var destination = new HttpRelayDestination(options);

        await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("depot:mot-de-passe")), Assert.Single(_receiver.Requests).Headers["Authorization"]);
    }

    [Theory]
    [InlineData(503, "Service Unavailable", DeliveryOutcome.Temporaire)]
    [InlineData(429, "", DeliveryOutcome.Temporaire)]
    [InlineData(400, "{\"error\":\"timetable.import.exists\"}", DeliveryOutcome.Temporaire)]
    [InlineData(400, "{\"error\":\"invalid.file\"}", DeliveryOutcome.Refuse)]
    [InlineData(403, "Accès refusé : jeton inconnu", DeliveryOutcome.Refuse)]
    [InlineData(302, "", DeliveryOutcome.Refuse)]
    [InlineData(201, "", DeliveryOutcome.Accepte)]
    public async Task Deliver_ServerAnswer_IsClassified(int status, string body, DeliveryOutcome expected)
    {
        _receiver.Answer(status, body);
        using var destination = new HttpRelayDestination(RelayDestinations.Http(_receiver.Url("import")));

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
    }

    [Fact]
    public async Task Deliver_ImportRunning_SaysSoInFrench()
    {
        _receiver.Answer(400, "{\"error\":\"timetable.import.exists\"}");
        using var destination = new HttpRelayDestination(RelayDestinations.Http(_receiver.Url("import")));

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Contains("import est déjà en cours", result.Error);
    }

    [Fact]
    public async Task Deliver_Refused_QuotesTheAnswerShortenedOnOneLineWithSecretsMasked()
    {
        var options = RelayDestinations.Http(_receiver.Url("import?token=jeton-dans-url"));
        options.Authentification = "bearer";
        options.Jeton = "jeton-secret-789";
        _receiver.Answer(403, $"<html><body><h1>Interdit</h1>\n<p>Jeton jeton-secret-789 refusé pour https://ent/import?token=jeton-dans-url</p>{new string('x', 500)}</body></html>");
        using var destination = new HttpRelayDestination(options);

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Refuse, result.Outcome);
        Assert.StartsWith("Interdit Jeton *** refusé pour https://ent/import?token=***", result.Answer);
        Assert.True(result.Answer!.Length <= 300);
        Assert.DoesNotContain("jeton-secret-789", result.Describe());
        Assert.DoesNotContain("jeton-dans-url", result.Describe());
        Assert.DoesNotContain("jeton-dans-url", destination.Display);
    }

    [Fact]
    public async Task Deliver_NoAnswerInTime_IsAPassingFailure()
    {
        _receiver.Answer(200, "trop tard", TimeSpan.FromSeconds(5));
        var options = RelayDestinations.Http(_receiver.Url("import"));
        options.DelaiSecondes = 1;
        using var destination = new HttpRelayDestination(options);

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Temporaire, result.Outcome);
        Assert.Contains("délai de 1 s", result.Error);
    }

    [Fact]
    public async Task Deliver_NobodyListening_IsAPassingFailure()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var destination = new HttpRelayDestination(RelayDestinations.Http(new Uri($"http://127.0.0.1:{port}/import")));

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Temporaire, result.Outcome);
        Assert.Contains("connexion impossible", result.Error);
    }

    [ServerFact("pki")]
    public async Task Deliver_Https_TrustedThroughTheConfiguredCaFile()
    {
        await using var https = await TestReceiver.StartAsync(ServerCertificate());
        var options = RelayDestinations.Http(https.Url("import"));
        options.FichierAc = TestServers.Get("CA_FILE");
        using var destination = new HttpRelayDestination(options);

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
        Assert.Single(https.Requests);
    }

    [ServerFact("pki")]
    public async Task Deliver_HttpsWithoutTheCaFile_IsRefusedByTlsAndNothingIsSent()
    {
        await using var https = await TestReceiver.StartAsync(ServerCertificate());
        using var destination = new HttpRelayDestination(RelayDestinations.Http(https.Url("import")));

        var result = await destination.DeliverAsync(RelayDestinations.Payload(Write("x")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Temporaire, result.Outcome);
        Assert.Contains("certificat TLS du serveur refusé", result.Error);
        Assert.Empty(https.Requests);
    }

    /// <summary>The test servers' certificate for localhost and 127.0.0.1, signed by their CA (tests/servers).</summary>
    internal static X509Certificate2 ServerCertificate()
    {
        var pki = Path.GetDirectoryName(TestServers.Get("CA_FILE"))!;
        using var pem = X509Certificate2.CreateFromPemFile(Path.Combine(pki, "server.crt"), Path.Combine(pki, "server.key"));
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pfx), null);
    }

    private string Write(string content)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, content);
        return path;
    }
}
