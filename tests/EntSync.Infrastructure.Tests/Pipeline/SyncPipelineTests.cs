using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Pipeline.Sync;
using NSubstitute;

namespace EntSync.Infrastructure.Tests.Pipeline;

public sealed class SyncPipelineTests : IDisposable
{
    private readonly SyncFixture _sync = new();

    public void Dispose() => _sync.Dispose();

    [Fact]
    public async Task RunAsync_TwiceOnTheSameDrop_TakesEachFileOnce()
    {
        _sync.DropFiles(_sync.Generate());
        var dropped = Directory.GetFiles(_sync.Drop).Length;

        var first = await _sync.RunAsync();
        var second = await _sync.RunAsync();

        Assert.Equal(dropped, first.Received.Count);
        Assert.Empty(first.Quarantined);
        Assert.True(second.NothingNew);
        Assert.Empty(Directory.GetFiles(_sync.Drop));
        Assert.Equal(dropped, Directory.GetFiles(Path.Combine(_sync.Drop, "traites")).Length);
        Assert.Equal(dropped, Directory.GetFiles(_sync.Data.Archive, "*", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetFiles(_sync.Data.Inbox));
    }

    [Fact]
    public async Task RunAsync_UnreadableFile_QuarantinedWithItsReasonAndReported()
    {
        _sync.DropFiles(_sync.Generate(), f => f.StartsWith("sts_emp", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_sync.Drop, "eleves coupé.xml"), "<?xml version=\"1.0\"?>\n<BEE_ELEVES>\n<PARAMETRES>");

        var run = await _sync.RunAsync();

        var quarantined = Assert.Single(run.Quarantined);
        Assert.Equal("eleves coupé.xml", quarantined.OriginalName);
        var reason = File.ReadAllText(quarantined.Path + ".raison.txt");
        Assert.Contains("tronqué", reason);
        Assert.Contains(run.Establishments.Single().Check.Anomalies, a => a.Code == "FICHIER-ILLISIBLE" && a.Message.Contains("eleves coupé.xml"));
        Assert.Equal(1, run.Summary.Outcome);
    }

    [Fact]
    public async Task RunAsync_SameBadFileDroppedAgain_SameSubjectStillOpenNotANewProblem()
    {
        _sync.DropFiles(_sync.Generate(), f => f.StartsWith("sts_emp", StringComparison.Ordinal));
        var bad = Path.Combine(_sync.Drop, "eleves coupé.xml");
        File.WriteAllText(bad, "<?xml version=\"1.0\"?>\n<BEE_ELEVES>\n<PARAMETRES>");
        var first = await _sync.RunAsync();
        File.WriteAllText(bad, "<?xml version=\"1.0\"?>\n<BEE_ELEVES>\n<PARAMETRES>\n<UAJ>");

        var second = await _sync.RunAsync();

        var before = Assert.Single(first.Establishments.Single().Check.Anomalies, a => a.Code == "FICHIER-ILLISIBLE");
        var again = Assert.Single(second.Establishments.Single().Check.Anomalies, a => a.Code == "FICHIER-ILLISIBLE");
        Assert.Equal("eleves coupé.xml", before.Subject);
        Assert.Equal(before.Subject, again.Subject);
        Assert.Contains(second.Establishments.Single().Lifecycle.StillOpen, a => a.Anomaly.Code == "FICHIER-ILLISIBLE");
    }

    [Fact]
    public async Task RunAsync_OnlyATimetableArrives_ChecksItAgainstTheStoredSiecleAndStsExports()
    {
        var generated = _sync.Generate(anomalies: "EDT-ENSEIGNANT-INCONNU-STS");
        _sync.DropFiles(generated, f => !f.StartsWith("Edt_To", StringComparison.Ordinal));
        await _sync.RunAsync();

        _sync.DropFiles(generated, f => f.StartsWith("Edt_To", StringComparison.Ordinal));
        var second = await _sync.RunAsync();

        Assert.Equal(2, second.Received.Count);
        var check = second.Establishments.Single().Check;
        Assert.NotNull(check.Snapshot.Sts);
        Assert.NotNull(check.Snapshot.Eleves);
        Assert.Equal(ExportKind.EdtClair, check.Snapshot.Timetable?.Source);
        Assert.Contains(check.Anomalies, a => a.Code == "EDT-ENSEIGNANT-INCONNU-STS");
    }

    [Fact]
    public async Task RunAsync_AnomalyLifecycle_NewThenStillOpenThenResolved()
    {
        var clean = _sync.Generate(seed: 8);
        var withDuplicate = _sync.Generate(seed: 8, anomalies: "SIECLE-RESPONSABLE-DOUBLON");
        _sync.DropFiles(withDuplicate);

        var first = await _sync.RunAsync();
        var second = await _sync.RunAsync();
        File.SetLastWriteTime(Path.Combine(clean, "ResponsablesAvecAdresses.xml"), DateTime.Now);
        _sync.DropFiles(clean, f => f == "ResponsablesAvecAdresses.xml");
        var third = await _sync.RunAsync();

        Assert.Contains(first.Establishments.Single().Lifecycle.New, a => a.Code == "SIECLE-RESPONSABLE-DOUBLON");
        Assert.Contains(second.Establishments.Single().Lifecycle.StillOpen, o => o.Anomaly.Code == "SIECLE-RESPONSABLE-DOUBLON");
        Assert.Contains(third.Establishments.Single().Lifecycle.Resolved, o => o.Anomaly.Code == "SIECLE-RESPONSABLE-DOUBLON");
        Assert.DoesNotContain(third.Establishments.Single().Check.Anomalies, a => a.Code == "SIECLE-RESPONSABLE-DOUBLON");
    }

    [Fact]
    public async Task RunAsync_PartialElevesExportAfterAFullOne_ReportsExportPartiel()
    {
        _sync.DropFiles(_sync.Generate(seed: 5));
        var first = await _sync.RunAsync();
        var partial = _sync.Generate(seed: 5, anomalies: "EXPORT-PARTIEL");
        DropNewer(partial, "ExportXML_ElevesAvecAdresses.zip");

        var second = await _sync.RunAsync();

        Assert.DoesNotContain(first.Establishments.Single().Check.Anomalies, a => a.Code == "EXPORT-PARTIEL");
        Assert.Single(second.Received);
        Assert.Contains(second.Establishments.Single().Check.Anomalies, a => a.Code == "EXPORT-PARTIEL");
        using var state = _sync.OpenState();
        var previous = Assert.Single(await state.GetPreviousExportsAsync(CancellationToken.None));
        Assert.Equal(ExportKind.SiecleEleves, previous.Kind);
    }

    [Fact]
    public async Task Checks_PreviousExportFileGone_SkippedAndThePartialCheckDoesNotRun()
    {
        _sync.DropFiles(_sync.Generate(seed: 5));
        await _sync.RunAsync();
        DropNewer(_sync.Generate(seed: 5, anomalies: "EXPORT-PARTIEL"), "ExportXML_ElevesAvecAdresses.zip");
        await _sync.RunAsync();
        using var state = _sync.OpenState();
        File.Delete(Assert.Single(await state.GetPreviousExportsAsync(CancellationToken.None)).Path);

        var checker = new EstablishmentChecker(state, new SyncSettings { Etablissements = [(_sync.Uai, null)] }, TimeProvider.System);
        var result = await checker.CheckOnlyAsync(_sync.Uai, null, CancellationToken.None);

        Assert.DoesNotContain(result.Anomalies, a => a.Code == "EXPORT-PARTIEL");
        Assert.Contains(result.ChecksNotRun, c => c.Code == "EXPORT-PARTIEL");
        Assert.NotNull(result.Snapshot.Eleves);
    }

    [Fact]
    public async Task RunAsync_TimetableWithARenamedGroupAfterThePreviousOne_ReportsEdtGroupeRenomme()
    {
        var generated = _sync.Generate(anomalies: "EDT-GROUPE-RENOMME");
        _sync.DropFiles(Path.Combine(generated, "precedent"));
        var first = await _sync.RunAsync();
        DropNewer(generated, $"Edt_To_Partenaire_{_sync.Uai}_Enclair.xml");

        var second = await _sync.RunAsync();

        Assert.DoesNotContain(first.Establishments.Single().Check.Anomalies, a => a.Code == "EDT-GROUPE-RENOMME");
        Assert.Single(second.Received);
        Assert.Contains(second.Establishments.Single().Check.Anomalies, a => a.Code == "EDT-GROUPE-RENOMME");
    }

    [Fact]
    public async Task RunAsync_StoppedBeforeTheSourceFileWasMoved_NextRunOnlyFinishesTheMove()
    {
        _sync.DropFiles(_sync.Generate(), f => f.StartsWith("sts_emp", StringComparison.Ordinal));

        await Assert.ThrowsAsync<OperationCanceledException>(() => _sync.RunAsync(new StopsAtComplete(_sync.Source())));
        Assert.Single(Directory.GetFiles(_sync.Drop));

        var rerun = await _sync.RunAsync();

        Assert.True(rerun.NothingNew);
        Assert.Single(Directory.GetFiles(_sync.Data.Archive, "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(_sync.Drop));
        Assert.Single(Directory.GetFiles(Path.Combine(_sync.Drop, "traites")));
    }

    [Fact]
    public async Task RunAsync_StoppedBetweenRecordAndArchive_NextRunFinishesFromTheInboxOnce()
    {
        _sync.DropFiles(_sync.Generate(), f => f.StartsWith("sts_emp", StringComparison.Ordinal));

        await Assert.ThrowsAsync<OperationCanceledException>(() => _sync.RunAsync(files: new StopsAtArchive(_sync.Files())));
        Assert.Single(Directory.GetFiles(_sync.Data.Inbox));
        Assert.Single(Directory.GetFiles(_sync.Drop));

        var rerun = await _sync.RunAsync();

        using var state = _sync.OpenState();
        Assert.Empty(await state.PendingFilesAsync(CancellationToken.None));
        var finished = Assert.Single(rerun.Received);
        Assert.Equal(FileStatus.Archive, finished.Status);
        Assert.Single(Directory.GetFiles(_sync.Data.Archive, "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(_sync.Data.Inbox));
        Assert.Empty(Directory.GetFiles(_sync.Drop));
    }

    /// <summary>Drops one generated file, written later than the ones already taken (a re-export arriving after them).</summary>
    private void DropNewer(string generated, string name)
    {
        var file = Path.Combine(generated, name);
        Assert.True(File.Exists(file), name);
        File.SetLastWriteTime(file, DateTime.Now.AddMinutes(1));
        _sync.DropFiles(generated, f => f == name);
    }

    /// <summary>The service stopped (or the machine went down) right after the file was archived and recorded.</summary>
    private sealed class StopsAtComplete(IDropSource inner) : IDropSource
    {
        public string Name => inner.Name;
        public IAsyncEnumerable<DropFile> ListReadyAsync(CancellationToken cancellationToken) => inner.ListReadyAsync(cancellationToken);
        public Task<Stream> OpenReadAsync(DropFile file, CancellationToken cancellationToken) => inner.OpenReadAsync(file, cancellationToken);
        public Task CompleteAsync(DropFile file, DropOutcome outcome, CancellationToken cancellationToken) => throw new OperationCanceledException();
    }

    /// <summary>The service stopped after the inbox copy was recorded, before it was read and archived.</summary>
    private sealed class StopsAtArchive(IFileStore inner) : IFileStore
    {
        public Task<InboxFile> ReceiveAsync(string originalName, Stream content, DateTime now, CancellationToken cancellationToken) =>
            inner.ReceiveAsync(originalName, content, now, cancellationToken);
        public Task<string> QuarantineAsync(InboxFile file, string reason, DateTime now, CancellationToken cancellationToken) => throw new OperationCanceledException();
        public Task<string> ArchiveAsync(InboxFile file, DateTime now, CancellationToken cancellationToken) => throw new OperationCanceledException();
        public Task<string> WriteReportAsync(string fileName, string content, CancellationToken cancellationToken) =>
            inner.WriteReportAsync(fileName, content, cancellationToken);
        public IReadOnlyList<string> PendingInboxFiles() => inner.PendingInboxFiles();
    }

    [Theory]
    [InlineData(true, "à corriger : la source restera en échec jusque-là")]
    [InlineData(false, "nouvel essai à la prochaine synchronisation")]
    public async Task RunAsync_SourceFails_FailureSaysWhetherTheNextRunRetries(bool configuration, string expected)
    {
        var source = Substitute.For<IDropSource>();
        source.Name.Returns("depot-distant");
        source.ListReadyAsync(Arg.Any<CancellationToken>()).Returns(_ => Throwing(new DropSourceException("clé refusée par le serveur.", configuration)));

        var run = await _sync.RunAsync(source);

        var failure = Assert.Single(run.Failures);
        Assert.Equal($"source depot-distant : clé refusée par le serveur ({expected})", failure);
    }

    private static async IAsyncEnumerable<DropFile> Throwing(Exception ex)
    {
        await Task.Yield();
        throw ex;
#pragma warning disable CS0162 // the iterator needs a yield to be one
        yield break;
#pragma warning restore CS0162
    }
}
