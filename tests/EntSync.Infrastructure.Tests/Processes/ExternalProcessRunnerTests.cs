using System.Diagnostics;
using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Tests.Processes;

public sealed class ExternalProcessRunnerTests
{
    private readonly ExternalProcessRunner runner = new();

    [Fact]
    public async Task RunAsync_InputAndArguments_ReachTheProgramUnchanged()
    {
        var result = await runner.RunAsync(
            new ProcessRequest("sh", ["-c", "cat; printf '%s' \"$1\" >&2", "sh", "-nom à 'part'"], TimeSpan.FromSeconds(20)) { StandardInput = "lot\n" },
            CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("lot\n", result.StandardOutput);
        Assert.Equal("-nom à 'part'", result.StandardError);
    }

    [Fact]
    public async Task RunAsync_ExitCode_IsReturned()
    {
        var result = await runner.RunAsync(new ProcessRequest("sh", ["-c", "exit 3"], TimeSpan.FromSeconds(20)), CancellationToken.None);

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task RunAsync_Timeout_KillsTheProgramAndItsChildren()
    {
        var child = $"sleep 60.{Random.Shared.Next(100000, 999999)}";
        var started = Stopwatch.StartNew();

        var result = await runner.RunAsync(
            new ProcessRequest("bash", ["-c", $"{child} & sleep 61; wait"], TimeSpan.FromMilliseconds(500)), CancellationToken.None);

        Assert.True(result.TimedOut);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30));
        var left = await runner.RunAsync(new ProcessRequest("sh", ["-c", $"ps -eo args | grep -c '^{child}$' || true"], TimeSpan.FromSeconds(20)), CancellationToken.None);
        Assert.Equal("0", left.StandardOutput.Trim());
    }

    [Fact]
    public async Task RunAsync_OrphanHoldingTheOutput_DoesNotKeepTheCallerWaiting()
    {
        var started = Stopwatch.StartNew();

        var result = await runner.RunAsync(new ProcessRequest("sh", ["-c", "echo fini; (sleep 30 &); exit 0"], TimeSpan.FromSeconds(20)), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task RunAsync_Cancelled_KillsAndThrows()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            runner.RunAsync(new ProcessRequest("sleep", ["60"], TimeSpan.FromSeconds(60)), cancel.Token));
    }

    [Fact]
    public async Task RunAsync_Environment_AddsVariables()
    {
        var result = await runner.RunAsync(
            new ProcessRequest("sh", ["-c", "printf '%s' \"$ENTSYNC_ESSAI\""], TimeSpan.FromSeconds(20))
            {
                Environment = new Dictionary<string, string?> { ["ENTSYNC_ESSAI"] = "valeur" },
            },
            CancellationToken.None);

        Assert.Equal("valeur", result.StandardOutput);
    }
}
