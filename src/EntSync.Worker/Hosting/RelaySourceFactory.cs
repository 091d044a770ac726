using EntSync.Core.Reporting;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Worker.Hosting;

/// <summary>
/// The ENT relay's history for the report. Until the relay (issue 6) is wired here, the report shows no relayed file;
/// this is the one place to change, used by the service and the command line alike.
/// </summary>
internal static class RelaySourceFactory
{
    public static IRelayReportSource Create(LoadedConfig config) => NoRelayReportSource.Instance;
}
