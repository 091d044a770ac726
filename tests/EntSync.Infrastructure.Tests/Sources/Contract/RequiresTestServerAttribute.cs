namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>
/// On a subclass of <see cref="DropSourceContract"/>: its contract tests need this test server (a module of
/// tests/servers/, e.g. "sshd"). Read by <see cref="DropSourceFactDiscoverer"/>, which skips them visibly when the server
/// is absent and CI is unset, exactly like [ServerFact].
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresTestServerAttribute(string module) : Attribute
{
    public string Module { get; } = module;
}
