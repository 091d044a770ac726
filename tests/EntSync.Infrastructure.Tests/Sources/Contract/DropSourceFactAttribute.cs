using Xunit.Sdk;

namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>
/// A contract test declared once in <see cref="DropSourceContract"/> and run for every subclass. An attribute on a base
/// method cannot differ per subclass, so the skip decision is taken at discovery, per test class, from the class's
/// <see cref="RequiresTestServerAttribute"/>.
/// </summary>
[XunitTestCaseDiscoverer("EntSync.Infrastructure.Tests.Sources.Contract.DropSourceFactDiscoverer", "EntSync.Infrastructure.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DropSourceFactAttribute : FactAttribute;
