using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Ftp;
using EntSync.Infrastructure.Sources.Remote;
using EntSync.Infrastructure.Tests.Sources.Ftp;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>
/// The contract against one vsftpd instance of tests/servers/modules/vsftpd.sh with one client, each test in its own
/// folder of the FTP account's depot/. One sealed subclass per (instance, client) that applies: FtpWebRequest
/// ("dotnet") transfers data over FTPS neither with a server requiring TLS session reuse nor on .NET 10
/// (dotnet/runtime#123135), so it runs in plain FTP; "auto" against the strict server goes through curl.
/// </summary>
public abstract class FtpSourceContract : DropSourceContract, IDisposable
{
    private readonly FtpDrop drop = new();

    /// <summary>The strict instance (TLS required, with session reuse) or the lenient one.</summary>
    private protected abstract bool Strict { get; }

    /// <summary>"auto", "dotnet" or "curl".</summary>
    private protected abstract string Client { get; }

    private protected virtual string Chiffrement => "explicite";

    protected override string DropFolder => drop.Local;

    protected override string? LocalCopiesFolder => drop.Downloads;

    protected override IDropSource CreateSource(string motif, string apresTraitement, int stabiliteSecondes, TimeProvider time)
    {
        var options = drop.Options(FtpDrop.Port(Strict), Client, apresTraitement, Chiffrement, motif, stabiliteSecondes);
        var client = FtpClients.Create(options, FtpClients.Endpoint(options), new ExternalProcessRunner(), NullLogger.Instance);
        // Fast retries on the system clock: a manual clock would never fire their delay.
        return new FtpSource(options, client, drop.Downloads, time, NullLogger.Instance, new TransientRetry(2, TimeSpan.FromMilliseconds(50), TimeProvider.System));
    }

    public void Dispose()
    {
        drop.Dispose();
        GC.SuppressFinalize(this);
    }
}
