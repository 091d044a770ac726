namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>The contract with the default client ("auto") against the strict vsftpd: it must end up on curl.</summary>
[RequiresTestServer("vsftpd")]
public sealed class FtpStrictAutoContractTests : FtpSourceContract
{
    private protected override bool Strict => true;

    private protected override string Client => "auto";
}
