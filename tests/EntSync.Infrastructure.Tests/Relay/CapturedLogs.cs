using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>Every log line written through it, formatted as the file sink would write it, with its properties' values.</summary>
internal sealed class CapturedLogs
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join(Environment.NewLine, Lines);

    public ILogger<T> For<T>() => new Logger<T>(this);

    private sealed class Logger<T>(CapturedLogs logs) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            logs.Lines.Enqueue($"{logLevel} {formatter(state, exception)} {values} {exception}");
        }
    }
}
