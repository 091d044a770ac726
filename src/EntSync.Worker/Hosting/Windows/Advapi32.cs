using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace EntSync.Worker.Hosting.Windows;

/// <summary>The advapi32 declarations (winsvc.h). Function pointers and strings are passed as IntPtr: the structs stay blittable.</summary>
[SupportedOSPlatform("windows")]
internal static class Advapi32
{
    public const int ServiceWin32OwnProcess = 0x10;
    public const int AcceptStop = 0x1;
    public const int AcceptShutdown = 0x4;
    public const int AcceptPreshutdown = 0x100;

    [UnmanagedFunctionPointer(CallingConvention.Winapi)]
    public delegate void ServiceMainFunction(int argc, IntPtr argv);

    [UnmanagedFunctionPointer(CallingConvention.Winapi)]
    public delegate int HandlerEx(int control, int eventType, IntPtr eventData, IntPtr context);

    [StructLayout(LayoutKind.Sequential)]
    public struct ServiceTableEntry
    {
        public IntPtr ServiceName;
        public IntPtr ServiceProc;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct NativeServiceStatus
    {
        public int ServiceType;
        public int CurrentState;
        public int ControlsAccepted;
        public int Win32ExitCode;
        public int ServiceSpecificExitCode;
        public int CheckPoint;
        public int WaitHint;
    }

    [DllImport("advapi32.dll", EntryPoint = "StartServiceCtrlDispatcherW", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool StartServiceCtrlDispatcher([In] ServiceTableEntry[] table);

    [DllImport("advapi32.dll", EntryPoint = "RegisterServiceCtrlHandlerExW", CharSet = CharSet.Unicode, SetLastError = true)]
    public static extern IntPtr RegisterServiceCtrlHandlerEx(string serviceName, IntPtr handler, IntPtr context);

    [DllImport("advapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool SetServiceStatus(IntPtr handle, ref NativeServiceStatus status);
}
