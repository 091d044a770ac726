namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>The contract over FTPS with curl against the lenient vsftpd (TLS offered, no session reuse required).</summary>
[RequiresTestServer("vsftpd")]
public sealed class FtpLenientCurlContractTests : FtpSourceContract
{
    private protected override bool Strict => false;

    private protected override string Client => "curl";
}
