using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Tests.Sources.Sftp;

namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>The contract against the real sshd of tests/servers/modules/sshd.sh, each test in its own remote folder.</summary>
[RequiresTestServer("sshd")]
public sealed class SftpSourceContractTests : DropSourceContract, IDisposable
{
    private readonly SshdDrop drop = new();

    protected override string DropFolder => drop.LocalPath;

    protected override string? LocalCopiesFolder => drop.WorkFolder;

    protected override IDropSource CreateSource(string motif, string apresTraitement, int stabiliteSecondes, TimeProvider time) =>
        drop.Source(drop.Options(motif, apresTraitement, stabiliteSecondes), time);

    public void Dispose() => drop.Dispose();
}
