using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace EntSync.Worker.Hosting.Windows;

/// <summary>
/// <see cref="IServiceControlApi"/> over advapi32. The delegates handed to native code are kept in fields for the
/// process's life: the SCM calls them long after registration, and a collected delegate would crash the process.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class NativeServiceControlApi : IServiceControlApi
{
    private Advapi32.ServiceMainFunction? _serviceMain;
    private Advapi32.HandlerEx? _handler;
    private IntPtr _statusHandle;

    public bool RunDispatcher(string serviceName, Action serviceMain, out int win32Error)
    {
        _serviceMain = (_, _) => serviceMain();
        var name = Marshal.StringToHGlobalUni(serviceName);
        try
        {
            var table = new[]
            {
                new Advapi32.ServiceTableEntry { ServiceName = name, ServiceProc = Marshal.GetFunctionPointerForDelegate(_serviceMain) },
                new Advapi32.ServiceTableEntry(),
            };
            var ok = Advapi32.StartServiceCtrlDispatcher(table);
            win32Error = ok ? 0 : Marshal.GetLastPInvokeError();
            return ok;
        }
        finally
        {
            Marshal.FreeHGlobal(name);
        }
    }

    public void RegisterControlHandler(string serviceName, Func<ServiceControl, int> handler)
    {
        _handler = (control, _, _, _) => handler((ServiceControl)control);
        _statusHandle = Advapi32.RegisterServiceCtrlHandlerEx(serviceName, Marshal.GetFunctionPointerForDelegate(_handler), IntPtr.Zero);
        if (_statusHandle == IntPtr.Zero) throw new Win32Exception(Marshal.GetLastPInvokeError());
    }

    public void SetStatus(ServiceStatus status)
    {
        var native = new Advapi32.NativeServiceStatus
        {
            ServiceType = Advapi32.ServiceWin32OwnProcess,
            CurrentState = (int)status.State,
            ControlsAccepted = status.AcceptsStop ? Advapi32.AcceptStop | Advapi32.AcceptShutdown | Advapi32.AcceptPreshutdown : 0,
            Win32ExitCode = status.Win32ExitCode,
            ServiceSpecificExitCode = status.ServiceSpecificExitCode,
            CheckPoint = status.CheckPoint,
            WaitHint = (int)status.WaitHint.TotalMilliseconds,
        };
        if (!Advapi32.SetServiceStatus(_statusHandle, ref native)) throw new Win32Exception(Marshal.GetLastPInvokeError());
    }
}
