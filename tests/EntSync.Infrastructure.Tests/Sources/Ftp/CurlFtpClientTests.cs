using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Ftp;
using NSubstitute;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

public sealed class CurlFtpClientTests
{
    private const string Password = "p@ss \"mot\" \\ de passe";
    private static readonly FtpEndpoint Endpoint = new("ftp.exemple.fr", 2121, "compte", Password, Tls: true, "/etc/entsync/ac.pem", TimeSpan.FromSeconds(30));
    private readonly IProcessRunner runner = Substitute.For<IProcessRunner>();
    private readonly List<ProcessRequest> requests = [];

    public CurlFtpClientTests()
    {
        runner.RunAsync(Arg.Do<ProcessRequest>(requests.Add), Arg.Any<CancellationToken>()).Returns(new ProcessResult(0, "", "", TimedOut: false));
    }

    [Fact]
    public async Task EveryOperation_PasswordOnlyInTheConfigOnStandardInput()
    {
        var client = new CurlFtpClient(Endpoint, runner);

        await client.ListAsync("/depot", CancellationToken.None);
        await client.DownloadAsync("/depot/a.xml", "/tmp/copie", 10, CancellationToken.None);
        await client.CreateFolderAsync("/depot/traites", CancellationToken.None);
        await client.RenameAsync("/depot/a.xml", "/depot/traites/b.xml", CancellationToken.None);
        await client.DeleteAsync("/depot/a.xml", CancellationToken.None);

        Assert.Equal(5, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.DoesNotContain(r.Arguments, a => a.Contains("p@ss", StringComparison.Ordinal));
            Assert.Equal(["-q", "-sS", "-g", "--noproxy", "*", "-K", "-"], r.Arguments.Take(7));
            Assert.Equal("user = \"compte:p@ss \\\"mot\\\" \\\\ de passe\"\n", r.StandardInput);
            Assert.True(r.Timeout > TimeSpan.FromSeconds(30));
        });
    }

    [Fact]
    public async Task Tls_SslRequiredAndTheConfiguredAuthority()
    {
        await new CurlFtpClient(Endpoint, runner).ListAsync("/depot", CancellationToken.None);

        var arguments = requests.Single().Arguments;
        Assert.Contains("--ssl-reqd", arguments);
        Assert.Equal("/etc/entsync/ac.pem", arguments[arguments.ToList().IndexOf("--cacert") + 1]);
        Assert.Equal("30", arguments[arguments.ToList().IndexOf("--connect-timeout") + 1]);
    }

    [Fact]
    public async Task PlainFtp_NoTlsOptions()
    {
        await new CurlFtpClient(Endpoint with { Tls = false }, runner).ListAsync("/depot", CancellationToken.None);

        Assert.DoesNotContain("--ssl-reqd", requests.Single().Arguments);
        Assert.DoesNotContain("--cacert", requests.Single().Arguments);
    }

    [Fact]
    public async Task RenameAndMkd_QuoteCommandsWithTheRawPaths()
    {
        var client = new CurlFtpClient(Endpoint, runner);

        await client.CreateFolderAsync("/depot/traites", CancellationToken.None);
        await client.RenameAsync("/depot/-a b.xml", "/depot/traites/x_-a b.xml", CancellationToken.None);

        Assert.Equal(["-Q", "*MKD /depot/traites", "-I", "ftp://ftp.exemple.fr:2121/"], requests[0].Arguments.TakeLast(4));
        Assert.Equal(["-Q", "RNFR /depot/-a b.xml", "-Q", "RNTO /depot/traites/x_-a b.xml", "-I", "ftp://ftp.exemple.fr:2121/"], requests[1].Arguments.TakeLast(6));
    }

    [Fact]
    public async Task ListAsync_MlsdRefused_FallsBackToListOnceAndForAll()
    {
        runner.RunAsync(Arg.Is<ProcessRequest>(r => r.Arguments.Contains("MLSD")), Arg.Any<CancellationToken>())
            .Returns(new ProcessResult(19, "", "curl: (19) RETR response: 500", TimedOut: false));
        runner.RunAsync(Arg.Is<ProcessRequest>(r => !r.Arguments.Contains("MLSD")), Arg.Any<CancellationToken>())
            .Returns(new ProcessResult(0, "-rw-r--r-- 1 0 0 4 Nov 22 11:04 a.xml\r\n", "", TimedOut: false));
        var client = new CurlFtpClient(Endpoint, runner);

        Assert.Equal("a.xml", Assert.Single(await client.ListAsync("/depot", CancellationToken.None)).Name);
        Assert.Equal("a.xml", Assert.Single(await client.ListAsync("/depot", CancellationToken.None)).Name);
        await runner.Received(1).RunAsync(Arg.Is<ProcessRequest>(r => r.Arguments.Contains("MLSD")), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(7, "", false, "Transient")]
    [InlineData(28, "", false, "Transient")]
    [InlineData(0, "", true, "Transient")]
    [InlineData(67, "curl: (67) Access denied: 530", false, "Login")]
    [InlineData(60, "curl: (60) SSL certificate problem", false, "Certificate")]
    [InlineData(64, "", false, "TlsRefused")]
    [InlineData(9, "", false, "NotFound")]
    [InlineData(21, "curl: (21) QUOT command failed with 550", false, "NotFound")]
    [InlineData(21, "curl: (21) QUOT command failed with 421", false, "Transient")]
    [InlineData(21, "curl: (21) QUOT command failed with 553", false, "Refused")]
    [InlineData(18, "", false, "Transient")]
    [InlineData(99, "", false, "Transient")]
    public void Translate_ExitCodeAndReply_Failure(int exitCode, string error, bool timedOut, string expected)
    {
        Assert.Equal(expected, CurlErrors.Translate(new ProcessResult(exitCode, "", error, timedOut)).Failure.ToString());
    }

    [Fact]
    public void Urls_OddNamesPercentEncodedAndAbsolutePathsMarked()
    {
        Assert.Equal("ftp://ftp.exemple.fr:2121/%2Fdepot/100%25%23%3F%5B1%5D%20%C3%A9.xml", FtpPaths.Url(Endpoint, "/depot/100%#?[1] é.xml", folder: false));
        Assert.Equal("ftp://ftp.exemple.fr:2121/depot/", FtpPaths.Url(Endpoint, "depot", folder: true));
        Assert.Equal("ftp://ftp.exemple.fr:2121/%2F", FtpPaths.Url(Endpoint, "/", folder: true));
    }

    [Fact]
    public void Endpoint_ToString_NeverThePassword()
    {
        Assert.DoesNotContain("p@ss", Endpoint.ToString(), StringComparison.Ordinal);
    }
}
