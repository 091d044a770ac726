using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EntSync.Worker.Hosting.Windows;

/// <summary>
/// The host's lifetime under the Windows SCM (replaces the console lifetime): the host starts once the SCM has handed
/// over, reports Running when every hosted service has started, and stops gracefully when the SCM asks.
/// Stopped, with the exit code, is reported by <c>entsync run</c> once the host is gone (see <see cref="ScmSession"/>).
/// </summary>
internal sealed class Win32ServiceLifetime(ScmSession session, IHostApplicationLifetime application, ILogger<Win32ServiceLifetime> logger)
    : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        application.ApplicationStarted.Register(session.ReportRunning);
        session.OnStopRequested(() =>
        {
            logger.LogInformation("Arrêt demandé par le gestionnaire de services Windows");
            application.StopApplication();
        });
        return session.ConnectAsync().WaitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
