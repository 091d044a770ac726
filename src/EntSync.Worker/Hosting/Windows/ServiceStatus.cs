namespace EntSync.Worker.Hosting.Windows;

/// <summary>
/// What is reported to the SCM (SERVICE_STATUS without the service type, always SERVICE_WIN32_OWN_PROCESS).
/// A non-zero <see cref="ServiceSpecificExitCode"/> goes with Win32ExitCode = ERROR_SERVICE_SPECIFIC_ERROR, which is
/// what makes the SCM treat the stop as a failure and apply the recovery actions (with the failure-actions flag set).
/// </summary>
internal readonly record struct ServiceStatus(
    ServiceState State,
    bool AcceptsStop,
    int Win32ExitCode,
    int ServiceSpecificExitCode,
    int CheckPoint,
    TimeSpan WaitHint)
{
    public const int ErrorServiceSpecificError = 1066;
}
