using EntSync.Core.Rules.Catalog;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Catalog;

public sealed class ReadmeCatalogueTests
{
    [Fact]
    public void Readme_ListsEveryAnomalyCode()
    {
        var readme = File.ReadAllText(Path.Combine(Samples.Root, "README.md"));

        Assert.Equal([], AnomalyCatalog.All.Select(d => d.Code).Where(code => !readme.Contains($"`{code}`", StringComparison.Ordinal)).ToArray());
    }
}
