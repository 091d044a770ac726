namespace EntSync.Worker.Install.Linux;

/// <summary>An install step failed; the message (French) names the step and why.</summary>
internal sealed class InstallException(string message) : Exception(message);
