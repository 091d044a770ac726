using EntSync.Worker.Hosting.Windows;
using NSubstitute;

namespace EntSync.Worker.Tests.Hosting.Windows;

public sealed class ScmSessionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ConnectAsync_UnderScm_RegistersTheHandlerAndReportsStartPending()
    {
        var scm = new FakeScm();
        var session = scm.Session();

        await session.ConnectAsync().WaitAsync(Patience);

        scm.Api.Received(1).RunDispatcher("EntSync", Arg.Any<Action>(), out Arg.Any<int>());
        Assert.NotNull(scm.Handler);
        var pending = Assert.Single(scm.Statuses);
        Assert.Equal(ServiceState.StartPending, pending.State);
        Assert.False(pending.AcceptsStop);
        Assert.True(pending.CheckPoint > 0 && pending.WaitHint > TimeSpan.Zero);
    }

    [Fact]
    public async Task ConnectAsync_NotStartedByTheScm_FailsWithAFrenchExplanation()
    {
        var session = new FakeScm(underScm: false).Session();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => session.ConnectAsync().WaitAsync(Patience));

        Assert.Contains("1063", ex.Message);
        Assert.Contains("entsync run", ex.Message);
    }

    [Fact]
    public async Task ReportRunning_AfterStart_AcceptsStopShutdownAndPreshutdown()
    {
        var scm = new FakeScm();
        var session = scm.Session();
        await session.ConnectAsync().WaitAsync(Patience);

        session.ReportRunning();

        Assert.Equal([ServiceState.StartPending, ServiceState.Running], scm.States);
        var running = scm.Statuses[^1];
        Assert.True(running.AcceptsStop);
        Assert.Equal((0, TimeSpan.Zero), (running.CheckPoint, running.WaitHint));
    }

    [Theory]
    [InlineData(0x1)] // stop
    [InlineData(0x5)] // shutdown
    [InlineData(0xF)] // preshutdown
    public async Task Control_StopLikeWhileRunning_ReportsStopPendingAndStopsTheHostOnce(int code)
    {
        var control = (ServiceControl)code;
        var scm = new FakeScm();
        var session = scm.Session();
        var stops = 0;
        var stopped = new TaskCompletionSource();
        session.OnStopRequested(() =>
        {
            Interlocked.Increment(ref stops);
            stopped.TrySetResult();
        });
        await session.ConnectAsync().WaitAsync(Patience);
        session.ReportRunning();

        Assert.Equal(0, scm.Handler!(control));
        Assert.Equal(0, scm.Handler!(ServiceControl.Stop));
        await stopped.Task.WaitAsync(Patience);

        Assert.Equal([ServiceState.StartPending, ServiceState.Running, ServiceState.StopPending], scm.States);
        Assert.Equal(TimeSpan.FromSeconds(45), scm.Statuses[^1].WaitHint);
        Assert.Equal(1, stops);
    }

    [Fact]
    public async Task Control_StopBeforeTheHostListens_StopsTheHostWhenItDoes()
    {
        var scm = new FakeScm();
        var session = scm.Session();
        await session.ConnectAsync().WaitAsync(Patience);
        scm.Handler!(ServiceControl.Stop);
        var stopped = new TaskCompletionSource();

        session.OnStopRequested(() => stopped.TrySetResult());

        await stopped.Task.WaitAsync(Patience);
        Assert.Equal(ServiceState.StopPending, session.State);
    }

    [Fact]
    public async Task Control_UnknownCode_IsNotImplementedAndChangesNothing()
    {
        var scm = new FakeScm();
        var session = scm.Session();
        await session.ConnectAsync().WaitAsync(Patience);
        session.ReportRunning();

        Assert.Equal(ScmSession.ErrorCallNotImplemented, scm.Handler!((ServiceControl)0x2)); // SERVICE_CONTROL_PAUSE
        Assert.Equal(0, scm.Handler!(ServiceControl.Interrogate));

        Assert.Equal([ServiceState.StartPending, ServiceState.Running, ServiceState.Running], scm.States);
    }

    [Fact]
    public async Task ReportStopped_NonZeroExitCode_IsAServiceSpecificErrorSoRecoveryApplies()
    {
        var scm = new FakeScm();
        var session = scm.Session();
        await session.ConnectAsync().WaitAsync(Patience);
        session.ReportRunning();

        session.ReportStopped(2);
        session.ReportStopped(0);

        var stopped = scm.Statuses[^1];
        Assert.Equal([ServiceState.StartPending, ServiceState.Running, ServiceState.Stopped], scm.States);
        Assert.Equal((ServiceStatus.ErrorServiceSpecificError, 2), (stopped.Win32ExitCode, stopped.ServiceSpecificExitCode));
    }

    [Fact]
    public async Task ReportStopped_Zero_IsACleanStop()
    {
        var scm = new FakeScm();
        var session = scm.Session();
        await session.ConnectAsync().WaitAsync(Patience);
        session.ReportRunning();
        scm.Handler!(ServiceControl.Stop);

        session.ReportStopped(0);

        var stopped = scm.Statuses[^1];
        Assert.Equal(ServiceState.Stopped, stopped.State);
        Assert.Equal((0, 0), (stopped.Win32ExitCode, stopped.ServiceSpecificExitCode));
        Assert.Equal(0, scm.Handler!(ServiceControl.Stop));
        Assert.Equal(ServiceState.Stopped, scm.States[^1]);
    }

    [Fact]
    public void ReportStopped_NeverConnected_ReportsNothing()
    {
        var scm = new FakeScm();

        scm.Session().ReportStopped(2);

        scm.Api.DidNotReceive().SetStatus(Arg.Any<ServiceStatus>());
    }
}
