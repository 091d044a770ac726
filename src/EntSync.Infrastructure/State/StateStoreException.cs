namespace EntSync.Infrastructure.State;

/// <summary>
/// The state database cannot be opened, migrated or written. The message is French and names the file: the service stops
/// (exit code 2) and shows it as is.
/// </summary>
internal sealed class StateStoreException(string message, Exception? innerException = null) : Exception(message, innerException);
