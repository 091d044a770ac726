using EntSync.Infrastructure.Configuration;
using EntSync.Worker.Cli.Service;
using EntSync.Worker.Hosting;
using EntSync.Worker.Hosting.Windows;
using EntSync.Worker.Tests.Service;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace EntSync.Worker.Tests.Hosting.Windows;

/// <summary>The whole service host driven by a fake SCM: start pending → running, stop control → graceful stop, exit code reported.</summary>
public sealed class Win32ServiceLifetimeTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ServiceFolder _folder = new(pupils: 10);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Host_UnderTheScm_RunsThenStopsGracefullyOnAStopControl()
    {
        var scm = new FakeScm();
        var session = scm.Session();
        var config = ConfigCheck.Run(_folder.ConfigPath, ConfigPlatform.Current(), TimeProvider.System).Config!;
        using var host = ServiceHost.Build(config, new LoggerConfiguration().CreateLogger(), session);
        Assert.IsType<Win32ServiceLifetime>(host.Services.GetRequiredService<IHostLifetime>());

        var run = host.RunAsync();
        var stopping = new TaskCompletionSource();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        for (var i = 0; i < 600 && session.State != ServiceState.Running; i++) await Task.Delay(50);
        Assert.Equal(ServiceState.Running, session.State);

        scm.Handler!(ServiceControl.Stop);
        await stopping.Task.WaitAsync(Patience);
        await run.WaitAsync(Patience);
        session.ReportStopped(0);

        Assert.Equal([ServiceState.StartPending, ServiceState.Running, ServiceState.StopPending, ServiceState.Stopped], scm.States);
    }

    [Fact]
    public void RunUnderScm_InvalidConfiguration_EndsStoppedWithExitCode2()
    {
        var scm = new FakeScm();
        var error = new StringWriter();

        var exit = RunCommand.RunUnderScm(scm.Session(), Path.Combine(_folder.Root, "absent.json"), error);

        Assert.Equal(2, exit);
        Assert.Equal([ServiceState.StartPending, ServiceState.Stopped], scm.States);
        Assert.Equal((ServiceStatus.ErrorServiceSpecificError, 2), (scm.Statuses[^1].Win32ExitCode, scm.Statuses[^1].ServiceSpecificExitCode));
        Assert.Contains("introuvable", error.ToString());
    }

    [Fact]
    public void RunUnderScm_NotStartedByTheScm_SaysSoAndExits2()
    {
        var error = new StringWriter();

        var exit = RunCommand.RunUnderScm(new FakeScm(underScm: false).Session(), _folder.ConfigPath, error);

        Assert.Equal(2, exit);
        Assert.Contains("gestionnaire de services", error.ToString());
    }
}
