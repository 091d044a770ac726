using EntSync.Tests.Shared;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>Discovers a <see cref="DropSourceFactAttribute"/> test as a plain fact, or as a skipped one when its class's server is absent (CI unset).</summary>
public sealed class DropSourceFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var module = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresTestServerAttribute))
            .Select(a => a.GetConstructorArguments().FirstOrDefault() as string)
            .FirstOrDefault();
        if (module is not null && !TestServers.IsReady(module) && Environment.GetEnvironmentVariable("CI") is null)
        {
            return
            [
                new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod, $"Serveur de test « {module} » absent : lancez en root tests/servers/serveurs-de-test.sh install && start."),
            ];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
