using System.Diagnostics;
using System.Text;

namespace EntSync.Infrastructure.Processes;

/// <summary>
/// <see cref="IProcessRunner"/> over <see cref="Process"/>. Output is read while the program runs (a full pipe would
/// block it) and capped, so a chatty program cannot fill the memory.
/// </summary>
public sealed class ExternalProcessRunner : IProcessRunner
{
    private const int MaxCapturedChars = 4 * 1024 * 1024;
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(2);

    public async Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(request) };
        process.Start();

        var stdout = CaptureAsync(process.StandardOutput);
        var stderr = CaptureAsync(process.StandardError);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        var timedOut = false;
        try
        {
            await WriteInputAsync(process, request.StandardInput, timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        return new ProcessResult(timedOut ? -1 : process.ExitCode, await Drained(stdout), await Drained(stderr), timedOut);
    }

    // A grandchild that left the process tree (a daemonised helper) may keep the pipe open long after the program
    // ended: take what was read and do not wait for it.
    private static async Task<string> Drained(Task<string> capture)
    {
        await Task.WhenAny(capture, Task.Delay(OutputGrace));
        return capture.IsCompletedSuccessfully ? capture.Result : "";
    }

    private static ProcessStartInfo StartInfo(ProcessRequest request)
    {
        var info = new ProcessStartInfo(request.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = request.WorkingDirectory ?? "",
        };
        foreach (var argument in request.Arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in request.Environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }

        return info;
    }

    private static async Task WriteInputAsync(Process process, string? input, CancellationToken cancellationToken)
    {
        try
        {
            if (input is not null) await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program ended before reading all of its input; its exit code tells the rest.
        }
    }

    private static async Task<string> CaptureAsync(StreamReader reader)
    {
        var captured = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            if (captured.Length < MaxCapturedChars) captured.Append(buffer, 0, Math.Min(read, MaxCapturedChars - captured.Length));
        }

        return captured.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
