namespace EntSync.Worker.Hosting.Windows;

/// <summary>The SCM control codes the lifetime handles (winsvc.h); any other is answered "not implemented".</summary>
internal enum ServiceControl
{
    Stop = 0x1,
    Interrogate = 0x4,
    Shutdown = 0x5,
    Preshutdown = 0xF,
}
