namespace EntSync.Worker.Hosting.Windows;

/// <summary>SERVICE_STATUS.dwCurrentState values the lifetime reports (winsvc.h).</summary>
internal enum ServiceState
{
    Stopped = 1,
    StartPending = 2,
    StopPending = 3,
    Running = 4,
}
