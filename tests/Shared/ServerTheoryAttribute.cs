namespace EntSync.Tests.Shared;

/// <summary>The theory form of <see cref="ServerFactAttribute"/>.</summary>
public sealed class ServerTheoryAttribute : TheoryAttribute
{
    public ServerTheoryAttribute(string module)
    {
        if (!TestServers.IsReady(module) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"Serveur de test « {module} » absent : lancez en root tests/servers/serveurs-de-test.sh install && start.";
        }
    }
}
