using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Relay;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace EntSync.Core.Tests.Relay;

public sealed class RelayRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entsync-relay-").FullName;
    private readonly InMemoryRelayStore _store = new();
    private readonly IRelayDestination _destination = Substitute.For<IRelayDestination>();
    private RelayChecks _checks = RelayItems.Checks();

    public RelayRunnerTests()
    {
        _destination.Name.Returns("ent");
        _destination.Display.Returns("https://ent.exemple.fr/import");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_ServerBusyThenAccepts_OneDeliveryAfterTwoRecordedAttempts()
    {
        Answers(DeliveryResult.Transient("le serveur est indisponible ou occupé", 503), DeliveryResult.Accepted(200));

        var result = await RunAsync(File(1));

        Assert.Equal(RelayStatus.Envoye, Assert.Single(result.Items).Status);
        Assert.Equal([DeliveryOutcome.Temporaire, DeliveryOutcome.Accepte], _store.Attempts.Select(a => a.Outcome));
        Assert.Equal([503, 200], _store.Attempts.Select(a => a.HttpStatus));
        await _destination.Received(2).DeliverAsync(Arg.Any<RelayPayload>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Run_Delivered_SendsTheArchivedCopyUnderItsRemoteName()
    {
        Answers(DeliveryResult.Accepted(200));

        await RunAsync(RelayItems.Destination(ExportKind.Udt), File(1, ExportKind.Udt));

        await _destination.Received(1).DeliverAsync(
            Arg.Is<RelayPayload>(p => p.Path == Path.Combine(_folder, "1.bin") && p.RemoteName == "0134567A_20261005180211_UDT.zip"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Run_Refused_IsNotRetriedAndQuotesTheAnswer()
    {
        Answers(DeliveryResult.Refused("accès refusé", 403, "jeton invalide"));

        var result = await RunAsync(File(1));

        var item = Assert.Single(result.Items);
        Assert.Equal(RelayStatus.Refuse, item.Status);
        Assert.Contains("« jeton invalide »", item.Reason);
        Assert.Single(_store.Attempts);
        Assert.Equal("ENT-ENVOI-REFUSE", Assert.Single(result.Anomalies[RelayItems.Uai]).Code);
        Assert.True(result.HasProblems);
    }

    [Fact]
    public async Task Run_StillFailingAfterEveryAttempt_IsTriedAgainAtTheNextRun()
    {
        Answers(DeliveryResult.Transient("pas de réponse"), DeliveryResult.Transient("pas de réponse"), DeliveryResult.Transient("pas de réponse"),
            DeliveryResult.Accepted(201));

        var first = await RunAsync(File(1));
        var second = await RunAsync();

        Assert.Equal(RelayStatus.Echec, Assert.Single(first.Items).Status);
        Assert.Equal("ENT-ENVOI-ECHEC", Assert.Single(first.Anomalies[RelayItems.Uai]).Code);
        Assert.Equal(RelayStatus.Envoye, Assert.Single(second.Items).Status);
        Assert.Empty(second.Anomalies[RelayItems.Uai]);
        Assert.Equal(4, _store.Attempts.Count);
    }

    [Fact]
    public async Task Run_SameContentReceivedAgain_IsSentOnce()
    {
        Answers(DeliveryResult.Accepted(200), DeliveryResult.Accepted(200));

        await RunAsync(File(1));
        var again = await RunAsync(File(1) with { Id = 9 });

        Assert.Empty(again.Items);
        await _destination.Received(1).DeliverAsync(Arg.Any<RelayPayload>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Run_Simulation_NeverCallsTheDestinationButRecordsWhatWouldBeSent()
    {
        var result = await RunAsync(RelayItems.Destination() with { Mode = RelayMode.Simulation }, File(1));

        var item = Assert.Single(result.Items);
        Assert.Equal(RelayStatus.Simule, item.Status);
        Assert.Contains("https://ent.exemple.fr/import", item.Reason);
        Assert.Equal(DeliveryOutcome.Simule, Assert.Single(_store.Attempts).Outcome);
        await _destination.DidNotReceiveWithAnyArgs().DeliverAsync(default!, default);
    }

    [Fact]
    public async Task Run_OtherKindOrOtherEstablishment_IsNotTaken()
    {
        var result = await RunAsync(File(1, ExportKind.SiecleEleves), File(2) with { Uai = "0753456B" }, File(3) with { Status = FileStatus.Quarantaine });

        Assert.Empty(result.Items);
        Assert.Empty(await _store.ItemsAsync("ent", CancellationToken.None));
    }

    [Fact]
    public async Task Run_HeldOnBlockingCode_IsReleasedAutomaticallyWhenALaterRunNoLongerShowsIt()
    {
        Answers(DeliveryResult.Accepted(200));
        _checks = RelayItems.Checks("EDT-GROUPE-RENOMME");

        var held = await RunAsync(File(1));
        _checks = RelayItems.Checks();
        var released = await RunAsync();

        Assert.Equal(RelayStatus.EnAttente, Assert.Single(held.Items).Status);
        Assert.Equal("ENT-ENVOI-EN-ATTENTE", Assert.Single(held.Anomalies[RelayItems.Uai]).Code);
        Assert.Equal(RelayStatus.Envoye, Assert.Single(released.Items).Status);
    }

    [Fact]
    public async Task Run_HeldFile_IsSupersededWhenANewerOneArrives()
    {
        Answers(DeliveryResult.Accepted(200));
        _checks = RelayItems.Checks("EXPORT-PARTIEL");
        await RunAsync(File(1));

        _checks = RelayItems.Checks();
        var result = await RunAsync(File(2));

        Assert.Equal(RelayStatus.Remplace, result.Items.Single(i => i.FileId == 1).Status);
        Assert.Equal(RelayStatus.Envoye, result.Items.Single(i => i.FileId == 2).Status);
    }

    [Fact]
    public async Task Run_DestinationThrows_CountsAsPassingFailure()
    {
        _destination.DeliverAsync(Arg.Any<RelayPayload>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("bogue"));

        var result = await RunAsync(File(1));

        Assert.Equal(RelayStatus.Echec, Assert.Single(result.Items).Status);
        Assert.All(_store.Attempts, a => Assert.Contains("InvalidOperationException", a.Error));
    }

    [Fact]
    public async Task Run_ArchivedCopyGone_IsDroppedWithTheReason()
    {
        var file = File(1);
        System.IO.File.Delete(file.Path);

        var item = Assert.Single((await RunAsync(file)).Items);

        Assert.Equal(RelayStatus.Rejete, item.Status);
        Assert.Contains("introuvable", item.Reason);
    }

    [Fact]
    public async Task Run_OneDestinationFailing_DoesNotStopTheOthers()
    {
        var broken = Substitute.For<IRelayStore>();
        broken.AddAsync(default!, default).ReturnsForAnyArgs(Task.FromException<RelayItem?>(new IOException("disque plein")));
        var other = RelayItems.Destination() with { Name = "archive" };
        Answers(DeliveryResult.Accepted(200));
        var runner = new RelayRunner([new RelayTarget(RelayItems.Destination(), _destination), new RelayTarget(other, _destination)],
            new FailingFor("ent", broken, _store), TimeProvider.System, NullLogger.Instance);

        var result = await runner.RunAsync([File(1)], (_, _) => Task.FromResult<RelayChecks?>(_checks), CancellationToken.None);

        Assert.Equal("archive", Assert.Single(result.Items).Destination);
        Assert.Contains("relais ent : IOException", result.Failures);
        Assert.Contains(RelayItems.Uai, result.Incomplete);
    }

    [Fact]
    public async Task Release_HeldFile_IsSentOnceThenCannotBeReleasedAgain()
    {
        Answers(DeliveryResult.Accepted(200));
        var destination = RelayItems.Destination() with { ManualFirstImportOfYear = true };
        var held = Assert.Single((await RunAsync(destination, File(1))).Items);
        var runner = Runner(destination);

        var released = await runner.ReleaseAsync(held.Id, (_, _) => Task.FromResult<RelayChecks?>(_checks), CancellationToken.None);
        var again = await runner.ReleaseAsync(held.Id, (_, _) => Task.FromResult<RelayChecks?>(_checks), CancellationToken.None);

        Assert.Equal(RelayStatus.EnAttente, held.Status);
        Assert.Equal("ENT-RENTREE-IMPORT-MANUEL", held.HoldCode);
        Assert.Equal(RelayStatus.Envoye, released.Item!.Status);
        Assert.True(released.Item.Released);
        Assert.Contains("pas en attente", again.Problem);
        await _destination.Received(1).DeliverAsync(Arg.Any<RelayPayload>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Release_UnknownId_SaysSo()
    {
        var result = await Runner(RelayItems.Destination()).ReleaseAsync(42, (_, _) => Task.FromResult<RelayChecks?>(null), CancellationToken.None);

        Assert.Contains("aucun envoi n°42", result.Problem);
    }

    [Fact]
    public async Task Reject_HeldFile_IsDroppedForGood()
    {
        _checks = RelayItems.Checks("EXPORT-PARTIEL");
        var held = Assert.Single((await RunAsync(File(1))).Items);

        var rejected = await Runner(RelayItems.Destination()).RejectAsync(held.Id, CancellationToken.None);
        _checks = RelayItems.Checks();
        var next = await RunAsync();

        Assert.Equal(RelayStatus.Rejete, rejected.Item!.Status);
        Assert.Empty(next.Items);
        await _destination.DidNotReceiveWithAnyArgs().DeliverAsync(default!, default);
    }

    private void Answers(params DeliveryResult[] results)
    {
        var queue = new Queue<DeliveryResult>(results);
        _destination.DeliverAsync(Arg.Any<RelayPayload>(), Arg.Any<CancellationToken>()).Returns(_ => Task.FromResult(queue.Dequeue()));
    }

    private FileRecord File(long id, ExportKind kind = ExportKind.EdtChiffre)
    {
        var path = Path.Combine(_folder, $"{id}.bin");
        System.IO.File.WriteAllText(path, $"contenu {id}");
        return new FileRecord
        {
            Id = id, Sha256 = new string((char)('a' + id), 64), Source = "depot", OriginalName = $"export{id}.xml", Size = 10,
            ReceivedAt = RelayItems.Monday.AddHours(id), Status = FileStatus.Archive, Path = path, Kind = kind, Uai = RelayItems.Uai, SchoolYear = 2026,
            ExportDate = RelayItems.Monday.AddMinutes(id - 1),
        };
    }

    private RelayRunner Runner(RelayDestinationSettings settings) =>
        new([new RelayTarget(settings, _destination)], _store, TimeProvider.System, NullLogger.Instance);

    private Task<RelayRunResult> RunAsync(params FileRecord[] received) => RunAsync(RelayItems.Destination(), received);

    private Task<RelayRunResult> RunAsync(RelayDestinationSettings settings, params FileRecord[] received) =>
        Runner(settings).RunAsync(received, (_, _) => Task.FromResult<RelayChecks?>(_checks), CancellationToken.None);

    /// <summary>One destination's store calls fail, the others work.</summary>
    private sealed class FailingFor(string destination, IRelayStore failing, IRelayStore working) : IRelayStore
    {
        private IRelayStore For(string name) => name == destination ? failing : working;

        public Task<RelayItem?> AddAsync(RelayItem item, CancellationToken cancellationToken) => For(item.Destination).AddAsync(item, cancellationToken);
        public Task<IReadOnlyList<RelayItem>> ItemsAsync(string d, CancellationToken cancellationToken) => working.ItemsAsync(d, cancellationToken);
        public Task<RelayItem?> FindAsync(long id, CancellationToken cancellationToken) => working.FindAsync(id, cancellationToken);
        public Task UpdateAsync(RelayItem item, CancellationToken cancellationToken) => working.UpdateAsync(item, cancellationToken);
        public Task<IReadOnlyList<RelayItem>> WaitingAsync(CancellationToken cancellationToken) => working.WaitingAsync(cancellationToken);
        public Task<long> StartAttemptAsync(RelayItem item, DateTime at, CancellationToken cancellationToken) => working.StartAttemptAsync(item, at, cancellationToken);
        public Task FinishAttemptAsync(long id, DeliveryResult r, DateTime at, CancellationToken cancellationToken) => working.FinishAttemptAsync(id, r, at, cancellationToken);
        public Task<IReadOnlyList<RelayAttempt>> AttemptsAsync(int count, CancellationToken cancellationToken) => working.AttemptsAsync(count, cancellationToken);
        public Task<IReadOnlyList<RelayItem>> ChangedSinceAsync(string uai, DateTime since, CancellationToken cancellationToken) => working.ChangedSinceAsync(uai, since, cancellationToken);
    }
}
