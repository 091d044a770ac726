namespace EntSync.Infrastructure.Configuration;

/// <summary>A stored secret exists but cannot be decrypted here; the message (French) says what to do, never the secret.</summary>
internal sealed class SecretUnreadableException(string message) : Exception(message);
