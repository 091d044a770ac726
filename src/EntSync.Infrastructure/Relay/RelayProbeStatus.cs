namespace EntSync.Infrastructure.Relay;

internal enum RelayProbeStatus
{
    Ok,
    Warning,
    Failure,
}
