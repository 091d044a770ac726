using System.Diagnostics;
using System.Text;

namespace EntSync.Worker.Tests.Service;

/// <summary>The built <c>entsync</c> program started as a real process (optionally through setpriv as another user), to signal it.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static string Program => Path.Combine(AppContext.BaseDirectory, "entsync");

    /// <param name="asUser">Runs it as this user (setpriv, as root), like the systemd unit's User=.</param>
    public static ServiceProcess Start(string workingDirectory, string? asUser, params string[] args)
    {
        var start = new ProcessStartInfo { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        if (asUser is null)
        {
            start.FileName = Program;
        }
        else
        {
            start.FileName = "setpriv";
            foreach (var a in new[] { $"--reuid={asUser}", $"--regid={asUser}", "--init-groups", "--", Program }) start.ArgumentList.Add(a);
        }

        foreach (var a in args) start.ArgumentList.Add(a);
        return new ServiceProcess(Process.Start(start)!);
    }

    /// <summary>Waits for a condition the service makes true (a file it writes); fails with what it printed if it never does.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            if (_process.HasExited) Assert.Fail($"entsync s'est arrêté avant : {what}. Sortie :\n{Output}");
            if (timeout.IsCancellationRequested) Assert.Fail($"Jamais arrivé : {what}. Sortie :\n{Output}");
            await Task.Delay(100);
        }
    }

    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(Patience);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
