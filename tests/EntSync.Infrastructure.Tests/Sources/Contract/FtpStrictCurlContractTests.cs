namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>The contract over FTPS with curl against the strict vsftpd (TLS required, with session reuse).</summary>
[RequiresTestServer("vsftpd")]
public sealed class FtpStrictCurlContractTests : FtpSourceContract
{
    private protected override bool Strict => true;

    private protected override string Client => "curl";
}
