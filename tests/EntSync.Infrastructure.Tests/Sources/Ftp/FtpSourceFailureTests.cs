using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Ftp;
using EntSync.Infrastructure.Sources.Remote;
using EntSync.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>What goes wrong with a real server: credentials, certificates, encryption refused, the client that cannot.</summary>
public sealed class FtpSourceFailureTests : IDisposable
{
    private readonly FtpDrop drop = new();

    public void Dispose() => drop.Dispose();

    private FtpSource Source(SourceOptions options, IFtpClient client, Microsoft.Extensions.Logging.ILogger? logger = null) =>
        new(options, client, drop.Downloads, TimeProvider.System, logger ?? NullLogger.Instance, new TransientRetry(3, TimeSpan.FromMilliseconds(20), TimeProvider.System));

    private static IFtpClient Client(SourceOptions options, bool allowDotnetTls = false) =>
        options.Client == "dotnet" && allowDotnetTls
            ? new DotnetFtpClient(FtpClients.Endpoint(options), allowBrokenTlsData: true)
            : FtpClients.Create(options, FtpClients.Endpoint(options), new ExternalProcessRunner(), NullLogger.Instance);

    private static async Task<DropSourceException> ListFailsAsync(IDropSource source) =>
        await Assert.ThrowsAsync<DropSourceException>(async () => await source.ListReadyAsync(CancellationToken.None).ToListAsync());

    [ServerTheory("vsftpd")]
    [InlineData("curl", "explicite")]
    [InlineData("dotnet", "aucun")]
    public async Task ListReadyAsync_WrongPassword_ConfigurationErrorAtOnceWithTheFix(string client, string chiffrement)
    {
        drop.Put("a.xml", "<a/>");
        var options = drop.Options(FtpDrop.Port(strict: false), client, chiffrement: chiffrement, password: "pas le bon");
        var counting = new CountingFtpClient(Client(options));

        var error = await ListFailsAsync(Source(options, counting));

        Assert.True(error.IsConfigurationError);
        Assert.Equal(1, counting.Calls);
        Assert.Contains("530", error.Message, StringComparison.Ordinal);
        Assert.Contains("motDePasse", error.Message, StringComparison.Ordinal);
    }

    [ServerTheory("vsftpd")]
    [InlineData("curl")]
    [InlineData("dotnet")]
    public async Task ListReadyAsync_CertificateOfAnotherAuthority_RefusedAsConfigurationError(string client)
    {
        var otherCa = Path.Combine(drop.Downloads + "-ca.pem");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Autre autorité", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllText(otherCa, ca.ExportCertificatePem());
        }

        try
        {
            var options = drop.Options(FtpDrop.Port(strict: false), client, caFile: otherCa);

            var error = await ListFailsAsync(Source(options, Client(options, allowDotnetTls: true)));

            Assert.True(error.IsConfigurationError);
            Assert.Contains("certificat", error.Message, StringComparison.Ordinal);
            Assert.Contains("fichierAc", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(otherCa);
        }
    }

    [ServerFact("vsftpd")]
    public async Task ListReadyAsync_NoCaFileAndATestCertificate_RefusedByTheSystemStore()
    {
        var options = drop.Options(FtpDrop.Port(strict: false), "curl", caFile: "");

        var error = await ListFailsAsync(Source(options, Client(options)));

        Assert.True(error.IsConfigurationError);
        Assert.Contains("certificat", error.Message, StringComparison.Ordinal);
    }

    [ServerFact("vsftpd")]
    public async Task DotnetClient_ConfiguredAuthority_AcceptedOnTheControlConnection()
    {
        var options = drop.Options(FtpDrop.Port(strict: false), "dotnet");
        var client = new DotnetFtpClient(FtpClients.Endpoint(options), allowBrokenTlsData: true);

        // MKD has no data connection: the TLS handshake checked here is the control connection's, against CA_FILE.
        await client.CreateFolderAsync(drop.Remote + "/traites", CancellationToken.None);

        Assert.True(Directory.Exists(Path.Combine(drop.Local, "traites")));
    }

    [ServerTheory("vsftpd")]
    [InlineData("curl")]
    [InlineData("dotnet")]
    public async Task Chiffrement_AucunAgainstTheStrictServer_RefusedWithTheHint(string client)
    {
        var options = drop.Options(FtpDrop.Port(strict: true), client, chiffrement: "aucun");

        var error = await ListFailsAsync(Source(options, Client(options)));

        Assert.True(error.IsConfigurationError);
        Assert.Contains("« chiffrement »: « aucun »", error.Message, StringComparison.Ordinal);
    }

    [ServerFact("vsftpd")]
    public async Task Chiffrement_AucunAgainstTheLenientServer_PlainFtpWorks()
    {
        drop.Put("a.xml", "<a/>");
        var options = drop.Options(FtpDrop.Port(strict: false), "curl", chiffrement: "aucun");

        var ready = await Source(options, Client(options)).ListReadyAsync(CancellationToken.None).ToListAsync();

        Assert.Equal("a.xml", Assert.Single(ready).Name);
    }

    [ServerFact("vsftpd")]
    public async Task DotnetClient_StrictServer_ClearFrenchErrorNamingTheFix()
    {
        var options = drop.Options(FtpDrop.Port(strict: true), "dotnet");

        var error = await ListFailsAsync(Source(options, Client(options)));

        Assert.True(error.IsConfigurationError);
        Assert.Contains("« client »: « auto » ou « curl »", error.Message, StringComparison.Ordinal);
    }

    [ServerFact("vsftpd")]
    public async Task DotnetClient_StrictServerReached_SessionReuseRefusalRecognised()
    {
        var options = drop.Options(FtpDrop.Port(strict: true), "dotnet");
        var dotnet = new DotnetFtpClient(FtpClients.Endpoint(options), allowBrokenTlsData: true);

        var error = await Assert.ThrowsAsync<FtpException>(() => dotnet.ListAsync(drop.Remote, CancellationToken.None));

        Assert.Equal((FtpFailure.SessionReuse, 522), (error.Failure, error.Reply));
    }

    [ServerFact("vsftpd")]
    public async Task AutoClient_StrictServerRefusesFtpWebRequest_SwitchesToCurlOnceAndSaysSo()
    {
        drop.Put("a.xml", "<a/>");
        var options = drop.Options(FtpDrop.Port(strict: true), "auto");
        var endpoint = FtpClients.Endpoint(options);
        var logger = new RecordingLogger();
        var auto = new AutoFtpClient(new DotnetFtpClient(endpoint, allowBrokenTlsData: true), new CurlFtpClient(endpoint, new ExternalProcessRunner()),
            dotnetUnusable: false, "depot-ftp", logger);

        var first = await auto.ListAsync(drop.Remote, CancellationToken.None);
        var second = await auto.ListAsync(drop.Remote, CancellationToken.None);

        Assert.True(auto.UsesCurl);
        Assert.Equal(["a.xml"], first.Select(e => e.Name));
        Assert.Equal(["a.xml"], second.Select(e => e.Name));
        Assert.Contains("reprise de session TLS", Assert.Single(logger.Lines), StringComparison.Ordinal);
    }

    [ServerFact("vsftpd")]
    public async Task AllSteps_PasswordNeverOnACommandLineNorInTheLogs()
    {
        drop.Put("a.xml", "<a/>");
        var runner = new RecordingProcessRunner();
        var logger = new RecordingLogger();
        var good = drop.Options(FtpDrop.Port(strict: true), "auto");
        var source = Source(good, FtpClients.Create(good, FtpClients.Endpoint(good), runner, logger), logger);
        var file = Assert.Single(await source.ListReadyAsync(CancellationToken.None).ToListAsync());
        await (await source.OpenReadAsync(file, CancellationToken.None)).DisposeAsync();
        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);
        var wrong = drop.Options(FtpDrop.Port(strict: true), "curl", password: FtpDrop.Password + "x");
        var error = await ListFailsAsync(Source(wrong, FtpClients.Create(wrong, FtpClients.Endpoint(wrong), runner, logger), logger));

        Assert.NotEmpty(runner.Requests);
        Assert.All(runner.Requests, r => Assert.DoesNotContain(r.Arguments, a => a.Contains(FtpDrop.Password, StringComparison.Ordinal)));
        Assert.All(runner.Requests, r => Assert.DoesNotContain(r.Environment.Values, v => v?.Contains(FtpDrop.Password, StringComparison.Ordinal) == true));
        Assert.NotEmpty(logger.Lines);
        Assert.All(logger.Lines, l => Assert.DoesNotContain(FtpDrop.Password, l, StringComparison.Ordinal));
        Assert.DoesNotContain(FtpDrop.Password, error.ToString(), StringComparison.Ordinal);
    }
}
