using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>The contract for the local folder, the reference source.</summary>
public sealed class LocalFolderSourceContractTests : DropSourceContract, IDisposable
{
    private readonly TemporaryFolder folder = new();

    protected override string DropFolder => folder.Path;

    protected override IDropSource CreateSource(string motif, string apresTraitement, int stabiliteSecondes, TimeProvider time) =>
        new LocalFolderSource(new SourceOptions { Nom = "depot", Motif = motif, ApresTraitement = apresTraitement, StabiliteSecondes = stabiliteSecondes }, folder.Path, time);

    public void Dispose() => folder.Dispose();
}
