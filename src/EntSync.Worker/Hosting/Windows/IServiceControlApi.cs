namespace EntSync.Worker.Hosting.Windows;

/// <summary>
/// The three advapi32 calls a Windows service needs, behind an interface so the lifetime's state machine is tested
/// anywhere (NSubstitute) and only <see cref="NativeServiceControlApi"/> touches Windows.
/// </summary>
internal interface IServiceControlApi
{
    /// <summary>
    /// StartServiceCtrlDispatcher: blocks the calling thread, calls <paramref name="serviceMain"/> on a dispatcher thread,
    /// and returns true once the service has reported Stopped. Returns false when the process was not started by the SCM
    /// (ERROR_FAILED_SERVICE_CONTROLLER_CONNECT) or the call failed; <paramref name="win32Error"/> then says why.
    /// </summary>
    bool RunDispatcher(string serviceName, Action serviceMain, out int win32Error);

    /// <summary>RegisterServiceCtrlHandlerEx; the handler returns NO_ERROR (0) or ERROR_CALL_NOT_IMPLEMENTED (120).</summary>
    void RegisterControlHandler(string serviceName, Func<ServiceControl, int> handler);

    /// <summary>SetServiceStatus with the handle from <see cref="RegisterControlHandler"/>.</summary>
    void SetStatus(ServiceStatus status);
}
