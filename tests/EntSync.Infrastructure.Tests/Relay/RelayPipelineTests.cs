using EntSync.Core.Relay;
using EntSync.Core.Tests.Support;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>Whole runs: files dropped, read, checked, then relayed to a real HTTP endpoint on 127.0.0.1 through the gate.</summary>
public sealed class RelayPipelineTests : IAsyncLifetime
{
    private const string SampleUai = "0134567A";
    private static readonly string EncryptedSample = Samples.Sample("edt-index-ent-export/laclasse/Edt_To_LaclasseCom_0134567A.xml");

    private TestReceiver _ent = null!;

    public async Task InitializeAsync() => _ent = await TestReceiver.StartAsync();

    public async Task DisposeAsync() => await _ent.DisposeAsync();

    [SampleFact]
    public async Task Run_EncryptedSample_ArrivesByteIdenticalAtTheEnt()
    {
        using var sync = Sync(SampleUai);
        sync.DropFile(EncryptedSample);

        var run = await sync.RunAsync();

        var item = Assert.Single(run.Relay.Items);
        Assert.Equal(RelayStatus.Envoye, item.Status);
        Assert.Equal(await File.ReadAllBytesAsync(EncryptedSample), Assert.Single(_ent.Requests).File);
    }

    [SampleFact]
    public async Task Run_SameFileDroppedTwice_IsSentOnce()
    {
        using var sync = Sync(SampleUai);
        sync.DropFile(EncryptedSample);
        await sync.RunAsync();

        sync.DropFile(EncryptedSample, "Edt_To_LaclasseCom_0134567A-copie.xml");
        var second = await sync.RunAsync();

        Assert.Empty(second.Relay.Items);
        Assert.Single(_ent.Requests);
    }

    [Fact]
    public async Task Run_ServiceUnavailableThenOk_GivesOneDeliveryAndTwoRecordedAttempts()
    {
        using var sync = Sync();
        _ent.Answer(503, "Service Unavailable");

        var run = await sync.RunAsync();

        Assert.Equal(RelayStatus.Envoye, Assert.Single(run.Relay.Items).Status);
        Assert.Equal(2, _ent.Requests.Count);
        var attempts = await sync.AttemptsAsync();
        Assert.Equal([DeliveryOutcome.Temporaire, DeliveryOutcome.Accepte], attempts.Select(a => a.Outcome!.Value));
        Assert.Equal([503, 200], attempts.Select(a => a.HttpStatus!.Value));
        Assert.False(run.Relay.HasProblems);
    }

    [Fact]
    public async Task Run_ImportAlreadyRunning_IsRetriedThenSent()
    {
        using var sync = Sync();
        _ent.Answer(400, "{\"error\":\"timetable.import.exists\"}").Answer(400, "{\"error\":\"timetable.import.exists\"}");

        var run = await sync.RunAsync();

        Assert.Equal(RelayStatus.Envoye, Assert.Single(run.Relay.Items).Status);
        Assert.Equal(3, _ent.Requests.Count);
        Assert.All((await sync.AttemptsAsync()).Take(2), a => Assert.Contains("import est déjà en cours", a.Error));
    }

    [Fact]
    public async Task Run_StillUnavailableAfterEveryAttempt_FailsThenGoesAtTheNextRun()
    {
        using var sync = Sync();
        _ent.Answer(503).Answer(503).Answer(503);

        var first = await sync.RunAsync();
        var openAfterFirst = await sync.OpenCodesAsync();
        var second = await sync.RunAsync();

        Assert.Equal(RelayStatus.Echec, Assert.Single(first.Relay.Items).Status);
        Assert.Equal(1, first.Summary.Outcome);
        Assert.Contains("ENT-ENVOI-ECHEC", openAfterFirst);
        Assert.Equal(RelayStatus.Envoye, Assert.Single(second.Relay.Items).Status);
        Assert.DoesNotContain("ENT-ENVOI-ECHEC", await sync.OpenCodesAsync());
        Assert.Equal(4, _ent.Requests.Count);
    }

    [Fact]
    public async Task Run_Forbidden_IsReportedAsRefusedWithTheServersAnswer()
    {
        using var sync = Sync();
        _ent.Answer(403, "Compte de dépôt désactivé");

        var run = await sync.RunAsync();
        var again = await sync.RunAsync();

        var item = Assert.Single(run.Relay.Items);
        Assert.Equal(RelayStatus.Refuse, item.Status);
        Assert.Contains("HTTP 403", item.Reason);
        Assert.Contains("« Compte de dépôt désactivé »", item.Reason);
        Assert.Equal(1, run.Summary.Outcome);
        Assert.Contains("ENT-ENVOI-REFUSE", await sync.OpenCodesAsync());
        Assert.Empty(again.Relay.Items);
        Assert.Single(_ent.Requests);
    }

    [Fact]
    public async Task Run_FirstFileOfTheYear_IsHeldThenSentOnceAfterRelease()
    {
        using var sync = Sync();
        sync.Options.Destinations[0].PremierImportManuel = true;

        var held = Assert.Single((await sync.RunAsync()).Relay.Items);
        var heldCodes = await sync.OpenCodesAsync();
        var released = await sync.ReleaseAsync(held.Id);
        var next = await sync.RunAsync();

        Assert.Equal(RelayStatus.EnAttente, held.Status);
        Assert.Contains("ENT-RENTREE-IMPORT-MANUEL", heldCodes);
        Assert.Equal(RelayStatus.Envoye, released.Item!.Status);
        Assert.Empty(next.Relay.Items);
        Assert.DoesNotContain("ENT-RENTREE-IMPORT-MANUEL", await sync.OpenCodesAsync());
        Assert.Single(_ent.Requests);
    }

    [Fact]
    public async Task Run_BlockingAnomaly_HoldsTheFileUntilALaterRunNoLongerShowsIt()
    {
        using var sync = new RelaySync();
        var faulty = sync.Generate(seed: 7, anomalies: "SIECLE-RESPONSABLE-DOUBLON");
        var clean = sync.Generate(seed: 7);
        sync.Options.Destinations.Add(Destination(sync.Uai, codes: ["SIECLE-RESPONSABLE-DOUBLON"]));
        foreach (var file in Directory.GetFiles(faulty)) sync.DropFile(file);

        var held = await sync.RunAsync();
        var sentWhileHeld = _ent.Requests.Count;
        foreach (var file in Directory.GetFiles(clean, "Responsables*")) sync.DropFile(file);
        var fixedRun = await sync.RunAsync();

        var item = Assert.Single(held.Relay.Items);
        Assert.Equal(RelayStatus.EnAttente, item.Status);
        Assert.Contains("SIECLE-RESPONSABLE-DOUBLON", item.Reason);
        Assert.Equal(0, sentWhileHeld);
        Assert.Equal(RelayStatus.Envoye, Assert.Single(fixedRun.Relay.Items).Status);
        Assert.Single(_ent.Requests);
        Assert.DoesNotContain("ENT-ENVOI-EN-ATTENTE", await sync.OpenCodesAsync());
    }

    [Fact]
    public async Task Run_Simulation_SendsNothingAndSaysWhatWouldHaveBeenSent()
    {
        using var sync = Sync();
        sync.Options.Destinations[0].Mode = "simulation";

        var run = await sync.RunAsync();

        var item = Assert.Single(run.Relay.Items);
        Assert.Equal(RelayStatus.Simule, item.Status);
        Assert.Contains($"sous le nom {sync.Uai}_20261005180211_EDT.xml", item.Reason);
        Assert.Empty(_ent.Requests);
        Assert.Equal(DeliveryOutcome.Simule, Assert.Single(await sync.AttemptsAsync()).Outcome);
    }

    [Fact]
    public async Task Run_TwoDifferentTimetableExportsWithinTheWindow_OnlyTheNewestIsSentAndTheDoubleIsReported()
    {
        using var sync = new RelaySync();
        var early = sync.Generate(seed: 7);
        var late = sync.Generate(seed: 7, exportTime: new DateTime(2026, 10, 5, 18, 3, 0));
        sync.Options.Destinations.Add(Destination(sync.Uai));
        sync.DropFile(Path.Combine(early, $"Edt_To_Partenaire_{sync.Uai}.xml"), "EDT_2026.xml");
        sync.DropFile(Path.Combine(late, $"Edt_To_Partenaire_{sync.Uai}.xml"), "EDT_PRONOTE_2026.xml");

        var run = await sync.RunAsync();

        Assert.Equal(RelayStatus.Remplace, run.Relay.Items.Single(i => i.FileName == "EDT_2026.xml").Status);
        Assert.Equal(RelayStatus.Envoye, run.Relay.Items.Single(i => i.FileName == "EDT_PRONOTE_2026.xml").Status);
        Assert.Single(_ent.Requests);
        Assert.Contains("ENT-DOUBLE-EXPORT", await sync.OpenCodesAsync());
    }

    /// <summary>A generated school whose encrypted EDT export is dropped, and one http destination in reel mode.</summary>
    private RelaySync Sync(string? uai = null)
    {
        var sync = new RelaySync(uai ?? "");
        if (uai is null)
        {
            var school = sync.Generate(seed: 3);
            sync.DropFile(Path.Combine(school, $"Edt_To_Partenaire_{sync.Uai}.xml"));
        }

        sync.Options.Destinations.Add(Destination(sync.Uai));
        return sync;
    }

    private DestinationOptions Destination(string uai, List<string>? codes = null)
    {
        var options = RelayDestinations.Http(_ent.Url("directory/timetable/import/" + uai));
        options.Etablissement = uai;
        options.Types = ["EdtChiffre"];
        if (codes is not null) options.CodesBloquants = codes;
        return options;
    }
}
