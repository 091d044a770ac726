using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Reporting;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.State;

namespace EntSync.Worker.Hosting;

/// <summary>
/// The ENT relay's history for the report, read from the same state store the report is gathered from (the relay's
/// tables live in state.db), for the service and the command line alike.
/// </summary>
internal static class RelaySourceFactory
{
    public static IRelayReportSource Create(IStateStore state) =>
        state is SqliteStateStore sqlite ? new RelayReportSource(new SqliteRelayStore(sqlite)) : NoRelayReportSource.Instance;
}
