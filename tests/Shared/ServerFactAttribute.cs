namespace EntSync.Tests.Shared;

/// <summary>
/// A test against a real server of tests/servers/ (module name, e.g. "sshd"). Skipped with a visible reason only where
/// the server is absent and CI is not set; on CI it runs and fails if the server is missing.
/// </summary>
public sealed class ServerFactAttribute : FactAttribute
{
    public ServerFactAttribute(string module)
    {
        if (!TestServers.IsReady(module) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"Serveur de test « {module} » absent : lancez en root tests/servers/serveurs-de-test.sh install && start.";
        }
    }
}
