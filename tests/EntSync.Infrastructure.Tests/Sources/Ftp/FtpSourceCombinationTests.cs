namespace EntSync.Infrastructure.Tests.Sources.Ftp;

// One class per (instance, client) that applies. FtpWebRequest ("dotnet") transfers data over FTPS neither with a
// server requiring TLS session reuse nor on .NET 10 (dotnet/runtime#123135): it is exercised in plain FTP, and "auto"
// on FTPS goes through curl (FtpSourceClientChoiceTests covers the switch itself).

public sealed class FtpSourceLenientCurlTests : FtpSourceCases
{
    private protected override bool Strict => false;

    private protected override string Client => "curl";
}

public sealed class FtpSourceStrictCurlTests : FtpSourceCases
{
    private protected override bool Strict => true;

    private protected override string Client => "curl";
}

public sealed class FtpSourceStrictAutoTests : FtpSourceCases
{
    private protected override bool Strict => true;

    private protected override string Client => "auto";
}

public sealed class FtpSourceLenientDotnetPlainTests : FtpSourceCases
{
    private protected override bool Strict => false;

    private protected override string Client => "dotnet";

    private protected override string Chiffrement => "aucun";
}
