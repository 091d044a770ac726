namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>The <c>client</c> option of an ftp source.</summary>
internal static class FtpClientKind
{
    public const string Auto = "auto";
    public const string Dotnet = "dotnet";
    public const string Curl = "curl";

    public static readonly string[] All = [Auto, Dotnet, Curl];
}
