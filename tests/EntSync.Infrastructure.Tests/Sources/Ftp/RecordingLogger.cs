using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>Keeps every log line (message and exception text) so a test can check what a log would show.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines) return lines.ToList();
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (lines) lines.Add(formatter(state, exception) + (exception is null ? "" : " | " + exception));
    }
}
