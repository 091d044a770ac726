namespace EntSync.Worker.Hosting.Windows;

/// <summary>
/// The service's conversation with the Windows Service Control Manager, as a small state machine over
/// <see cref="IServiceControlApi"/> (DEPENDENCIES.md §3.4, after Microsoft's WindowsServiceLifetime):
/// connect (dispatcher thread → ServiceMain → StartPending), Running once the host has started, StopPending when the SCM
/// asks to stop (stop, shutdown, preshutdown) while the host stops gracefully, and Stopped with the process's exit code:
/// a non-zero code is reported as a service-specific error so the SCM's recovery actions apply.
/// Created before the host, so even a configuration that cannot be loaded ends as a reported failure, not a timeout.
/// </summary>
internal sealed class ScmSession(IServiceControlApi api, string serviceName, TimeSpan stopWaitHint)
{
    public const int ErrorCallNotImplemented = 120;
    private static readonly TimeSpan StartWaitHint = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Thread? _dispatcher;
    private ServiceState? _state;
    private int _checkPoint;
    private bool _stopRequested;
    private Action? _onStop;

    public ServiceState? State
    {
        get { lock (_gate) return _state; }
    }

    /// <summary>Starts the dispatcher on a background thread; completes once ServiceMain has reported StartPending.</summary>
    public Task ConnectAsync()
    {
        lock (_gate)
        {
            if (_dispatcher is null)
            {
                _dispatcher = new Thread(Dispatch) { IsBackground = true, Name = "entsync-scm" };
                _dispatcher.Start();
            }
        }

        return _connected.Task;
    }

    /// <summary>Called (on the thread pool) when the SCM asks the service to stop; at once if it already did.</summary>
    public void OnStopRequested(Action stop)
    {
        bool already;
        lock (_gate)
        {
            _onStop = stop;
            already = _stopRequested;
        }

        if (already) ThreadPool.QueueUserWorkItem(_ => stop());
    }

    public void ReportRunning()
    {
        lock (_gate)
        {
            if (_state == ServiceState.StartPending) Report(ServiceState.Running, acceptsStop: true, TimeSpan.Zero);
        }
    }

    /// <summary>Reports Stopped once; later calls are ignored (the first one carries the real outcome).</summary>
    public void ReportStopped(int exitCode)
    {
        lock (_gate)
        {
            if (_state is null or ServiceState.Stopped) return;
            var status = new ServiceStatus(ServiceState.Stopped, AcceptsStop: false,
                exitCode == 0 ? 0 : ServiceStatus.ErrorServiceSpecificError, exitCode, CheckPoint: 0, TimeSpan.Zero);
            _state = ServiceState.Stopped;
            api.SetStatus(status);
        }
    }

    private void Dispatch()
    {
        try
        {
            if (!api.RunDispatcher(serviceName, ServiceMain, out var error))
            {
                _connected.TrySetException(new InvalidOperationException(
                    $"Le gestionnaire de services Windows n'a pas pris la main (erreur Windows {error}) : l'option --windows-service est " +
                    "réservée au service installé par install-service.ps1 ; dans une console, lancez « entsync run »."));
            }
        }
        catch (Exception ex)
        {
            _connected.TrySetException(ex);
        }
    }

    private void ServiceMain()
    {
        try
        {
            api.RegisterControlHandler(serviceName, OnControl);
            lock (_gate) Report(ServiceState.StartPending, acceptsStop: false, StartWaitHint);
            _connected.TrySetResult();
        }
        catch (Exception ex)
        {
            _connected.TrySetException(ex);
        }
    }

    private int OnControl(ServiceControl control)
    {
        switch (control)
        {
            case ServiceControl.Stop or ServiceControl.Shutdown or ServiceControl.Preshutdown:
                Action? stop;
                lock (_gate)
                {
                    if (_state is not (ServiceState.Running or ServiceState.StartPending)) return 0;
                    Report(ServiceState.StopPending, acceptsStop: false, stopWaitHint);
                    _stopRequested = true;
                    stop = _onStop;
                }

                // The SCM's handler thread must return quickly: the graceful stop runs elsewhere.
                if (stop is not null) ThreadPool.QueueUserWorkItem(_ => stop());
                return 0;
            case ServiceControl.Interrogate:
                lock (_gate)
                {
                    if (_state is { } current and not ServiceState.Stopped) Report(current, current == ServiceState.Running, TimeSpan.Zero);
                }

                return 0;
            default:
                return ErrorCallNotImplemented;
        }
    }

    // Callers hold _gate. A pending state carries a growing checkpoint so the SCM sees progress.
    private void Report(ServiceState state, bool acceptsStop, TimeSpan waitHint)
    {
        var pending = state is ServiceState.StartPending or ServiceState.StopPending;
        _checkPoint = pending ? _checkPoint + 1 : 0;
        _state = state;
        api.SetStatus(new ServiceStatus(state, acceptsStop, Win32ExitCode: 0, ServiceSpecificExitCode: 0, _checkPoint, pending ? waitHint : TimeSpan.Zero));
    }
}
