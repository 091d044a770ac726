using EntSync.Core.Model;
using EntSync.Core.Relay;

namespace EntSync.Core.Tests.Relay;

public sealed class RelayGateTests
{
    private static RelayDecision Single(RelayDestinationSettings destination, IReadOnlyList<RelayItem> items, RelayChecks? checks = null) =>
        Assert.Single(RelayGate.Decide(destination, items, checks ?? RelayItems.Checks()));

    [Fact]
    public void Decide_FileOfAnotherEstablishment_IsDroppedNotSent()
    {
        var decision = Single(RelayItems.Destination(), [RelayItems.Item(1, uai: "0753456B")]);

        Assert.Equal(RelayAction.Ecarter, decision.Action);
        Assert.Contains("0753456B", decision.Reason);
    }

    [Fact]
    public void Decide_SeveralWaiting_OnlyTheNewestIsSentTheOthersSuperseded()
    {
        var decisions = RelayGate.Decide(RelayItems.Destination(), [RelayItems.Item(1), RelayItems.Item(3), RelayItems.Item(2)], RelayItems.Checks());

        Assert.Equal(RelayAction.Envoyer, decisions.Single(d => d.Item.Id == 3).Action);
        Assert.All(decisions.Where(d => d.Item.Id != 3), d =>
        {
            Assert.Equal(RelayAction.Remplacer, d.Action);
            Assert.Contains("envoi n°3", d.Reason);
        });
    }

    [Fact]
    public void Decide_SameExportTime_TheFileReceivedLastWins()
    {
        var decisions = RelayGate.Decide(RelayItems.Destination(),
            [RelayItems.Item(1, exportedAt: RelayItems.Monday), RelayItems.Item(2, exportedAt: RelayItems.Monday)], RelayItems.Checks());

        Assert.Equal(2, decisions.Single(d => d.Action == RelayAction.Envoyer).Item.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Decide_NotNewerThanTheLastFileSent_IsSupersededNotSent(int hours)
    {
        var sent = RelayItems.Item(1, RelayStatus.Envoye, RelayItems.Monday);
        var late = RelayItems.Item(2, exportedAt: RelayItems.Monday.AddHours(hours));

        var decision = Single(RelayItems.Destination(), [sent, late]);

        Assert.Equal(RelayAction.Remplacer, decision.Action);
        Assert.Contains("déjà envoyé (envoi n°1", decision.Reason);
    }

    [Fact]
    public void Decide_NewerThanTheLastFileSent_IsSent()
    {
        var decision = Single(RelayItems.Destination(), [RelayItems.Item(1, RelayStatus.Envoye), RelayItems.Item(2)]);

        Assert.Equal(RelayAction.Envoyer, decision.Action);
    }

    [Fact]
    public void Decide_BlockingCodeInTheLatestChecks_HoldsNamingTheCodes()
    {
        var decision = Single(RelayItems.Destination(), [RelayItems.Item(4)], RelayItems.Checks("EDT-GROUPE-RENOMME", "SIECLE-ELEVE-SANS-INE"));

        Assert.Equal(RelayAction.Retenir, decision.Action);
        Assert.Equal("ENT-ENVOI-EN-ATTENTE", decision.HoldCode);
        Assert.Contains("EDT-GROUPE-RENOMME", decision.Reason);
        Assert.DoesNotContain("SIECLE-ELEVE-SANS-INE", decision.Reason);
        Assert.Contains("entsync ent release 4", decision.Reason);
    }

    [Fact]
    public void Decide_OnlyNonBlockingCodes_Sends()
    {
        var decision = Single(RelayItems.Destination(), [RelayItems.Item(1)], RelayItems.Checks("SIECLE-ELEVE-SANS-INE", "EDT-GROUPE-VIDE"));

        Assert.Equal(RelayAction.Envoyer, decision.Action);
    }

    [Fact]
    public void Decide_ConfiguredBlockingCodes_ReplaceTheDefaults()
    {
        var destination = RelayItems.Destination() with { BlockingCodes = new HashSet<string> { "SIECLE-ELEVE-SANS-INE" } };

        Assert.Equal(RelayAction.Retenir, Single(destination, [RelayItems.Item(1)], RelayItems.Checks("SIECLE-ELEVE-SANS-INE")).Action);
        Assert.Equal(RelayAction.Envoyer, Single(destination, [RelayItems.Item(1)], RelayItems.Checks("EXPORT-PARTIEL")).Action);
    }

    [Fact]
    public void Decide_ChecksOfAnotherSchoolYear_DoNotHoldThisYearsFile()
    {
        var decision = Single(RelayItems.Destination(), [RelayItems.Item(1, year: 2027)], new RelayChecks(2026, new HashSet<string> { "EXPORT-PARTIEL" }));

        Assert.Equal(RelayAction.Envoyer, decision.Action);
    }

    [Fact]
    public void Decide_ChecksOfUnknownYear_Apply()
    {
        var decision = Single(RelayItems.Destination(), [RelayItems.Item(1)], new RelayChecks(null, new HashSet<string> { "EXPORT-PARTIEL" }));

        Assert.Equal(RelayAction.Retenir, decision.Action);
    }

    [Fact]
    public void Decide_EleveGroupeFileWithItsOwnCheckError_IsHeldWhateverTheBlockingCodes()
    {
        var destination = RelayItems.Destination(ExportKind.EleveGroupe) with { BlockingCodes = new HashSet<string>() };

        var held = Single(destination, [RelayItems.Item(1, kind: ExportKind.EleveGroupe)], RelayItems.Checks("ELEGROUPE-ELEVE-INCONNU"));
        var passes = Single(destination, [RelayItems.Item(1, kind: ExportKind.EleveGroupe)], RelayItems.Checks("SIECLE-ELEVE-SANS-INE"));

        Assert.Equal(RelayAction.Retenir, held.Action);
        Assert.Contains("ELEGROUPE-ELEVE-INCONNU", held.Reason);
        Assert.Equal(RelayAction.Envoyer, passes.Action);
    }

    [Fact]
    public void Decide_FirstTimetableFileOfTheSchoolYear_IsHeldWithTheManualImportReminder()
    {
        var destination = RelayItems.Destination() with { ManualFirstImportOfYear = true };
        var lastYear = RelayItems.Item(1, RelayStatus.Envoye, year: 2025);

        var decision = Single(destination, [lastYear, RelayItems.Item(2, year: 2026)]);

        Assert.Equal(RelayAction.Retenir, decision.Action);
        Assert.Equal("ENT-RENTREE-IMPORT-MANUEL", decision.HoldCode);
        Assert.Contains("2026-2027", decision.Reason);
        Assert.Contains("à la main", decision.Reason);
    }

    [Fact]
    public void Decide_YearAlreadyDelivered_IsNotHeldForTheManualImport()
    {
        var destination = RelayItems.Destination() with { ManualFirstImportOfYear = true };

        var decision = Single(destination, [RelayItems.Item(1, RelayStatus.Envoye), RelayItems.Item(2)]);

        Assert.Equal(RelayAction.Envoyer, decision.Action);
    }

    [Fact]
    public void Decide_ManualFirstImportSwitchedOff_SendsTheFirstFile()
    {
        Assert.Equal(RelayAction.Envoyer, Single(RelayItems.Destination(), [RelayItems.Item(1)]).Action);
    }

    [Fact]
    public void Decide_RouteKindsAreNeverHeldForTheManualImport()
    {
        var destination = RelayItems.Destination(ExportKind.StsEmp) with { ManualFirstImportOfYear = true };

        Assert.Equal(RelayAction.Envoyer, Single(destination, [RelayItems.Item(1, kind: ExportKind.StsEmp)]).Action);
    }

    [Fact]
    public void Decide_ReleasedByHand_IsSentDespiteTheHolds()
    {
        var destination = RelayItems.Destination() with { ManualFirstImportOfYear = true };

        var decision = Single(destination, [RelayItems.Item(1) with { Released = true }], RelayItems.Checks("EDT-CLASSE-RENOMMEE"));

        Assert.Equal(RelayAction.Envoyer, decision.Action);
    }

    [Fact]
    public void Decide_ReleasedButOlderThanTheLastSent_IsStillNotSent()
    {
        var decision = Single(RelayItems.Destination(), [RelayItems.Item(2, RelayStatus.Envoye), RelayItems.Item(1) with { Released = true }]);

        Assert.Equal(RelayAction.Remplacer, decision.Action);
    }

    [Fact]
    public void Decide_FailingFile_IsTriedAgain()
    {
        Assert.Equal(RelayAction.Envoyer, Single(RelayItems.Destination(), [RelayItems.Item(1, RelayStatus.Echec)]).Action);
    }

    [Fact]
    public void Decide_FinishedItems_GetNoDecision()
    {
        RelayItem[] items = [RelayItems.Item(1, RelayStatus.Envoye), RelayItems.Item(2, RelayStatus.Refuse), RelayItems.Item(3, RelayStatus.Rejete)];

        Assert.Empty(RelayGate.Decide(RelayItems.Destination(), items, RelayItems.Checks()));
    }

    [Fact]
    public void Decide_EachKindIsItsOwnLine()
    {
        var destination = RelayItems.Destination(ExportKind.EdtChiffre, ExportKind.Udt);

        var decisions = RelayGate.Decide(destination, [RelayItems.Item(1), RelayItems.Item(2, kind: ExportKind.Udt)], RelayItems.Checks());

        Assert.All(decisions, d => Assert.Equal(RelayAction.Envoyer, d.Action));
        Assert.Equal(2, decisions.Count);
    }

    [Fact]
    public void Decide_SimulatedSend_CountsAsDeliveredOnlyInSimulation()
    {
        RelayItem[] items = [RelayItems.Item(2, RelayStatus.Simule), RelayItems.Item(1)];

        Assert.Equal(RelayAction.Remplacer, Single(RelayItems.Destination() with { Mode = RelayMode.Simulation }, items).Action);
        Assert.Equal(RelayAction.Envoyer, Single(RelayItems.Destination(), items).Action);
    }
}
