namespace EntSync.Core.Pipeline.Contracts;

/// <summary>
/// A source could not be read in this run. The message is French and says what to do; it goes to <c>status</c> and the
/// report, so it never carries a secret. <see cref="IsConfigurationError"/>: wrong credentials, unknown or changed host
/// key, missing folder — retrying will not help until someone fixes the configuration or the server; otherwise the
/// failure was transient (timeout, refused connection) and the next run tries again.
/// </summary>
public sealed class DropSourceException(string message, bool isConfigurationError, Exception? inner = null)
    : Exception(message, inner)
{
    public bool IsConfigurationError { get; } = isConfigurationError;
}
