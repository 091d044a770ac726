using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>Builds the connection settings and the client a source's options ask for.</summary>
internal static class FtpClients
{
    public const int DefaultPort = 21;

    public static FtpEndpoint Endpoint(SourceOptions options) => new(
        options.Hote.Trim(),
        options.Port > 0 ? options.Port : DefaultPort,
        options.Utilisateur,
        options.MotDePasse,
        FtpEncryption.UsesTls(options.Chiffrement),
        string.IsNullOrWhiteSpace(options.FichierAc) ? null : options.FichierAc,
        TimeSpan.FromSeconds(Math.Max(1, options.DelaiSecondes)));

    public static IFtpClient Create(SourceOptions options, FtpEndpoint endpoint, IProcessRunner runner, ILogger logger) =>
        options.Client.Trim() switch
        {
            FtpClientKind.Dotnet => new DotnetFtpClient(endpoint),
            FtpClientKind.Curl => new CurlFtpClient(endpoint, runner),
            _ => new AutoFtpClient(new DotnetFtpClient(endpoint), new CurlFtpClient(endpoint, runner),
                endpoint.Tls && DotnetFtpClient.TlsDataChannelBroken, options.Nom, logger),
        };
}
