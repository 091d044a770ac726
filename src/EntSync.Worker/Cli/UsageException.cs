namespace EntSync.Worker.Cli;

/// <summary>Bad command line: the message (French) is shown with the verb's help, exit code 64.</summary>
internal sealed class UsageException(string message) : Exception(message);
