namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>The contract with FtpWebRequest ("dotnet") in plain FTP (« chiffrement »: « aucun ») against the lenient vsftpd.</summary>
[RequiresTestServer("vsftpd")]
public sealed class FtpLenientDotnetPlainContractTests : FtpSourceContract
{
    private protected override bool Strict => false;

    private protected override string Client => "dotnet";

    private protected override string Chiffrement => "aucun";
}
