using EntSync.Core.Model;
using EntSync.Core.Relay;

namespace EntSync.Core.Tests.Relay;

public sealed class RelayAnomaliesTests
{
    private static readonly RelayDestinationSettings Destination = RelayItems.Destination();

    [Theory]
    [InlineData("ENT-ENVOI-EN-ATTENTE")]
    [InlineData("ENT-RENTREE-IMPORT-MANUEL")]
    public void Find_HeldFile_RaisesItsHoldCodeWithTheReason(string code)
    {
        var held = RelayItems.Item(3) with { HoldCode = code, Reason = "les derniers contrôles signalent EXPORT-PARTIEL" };

        var anomaly = Assert.Single(RelayAnomalies.Find(Destination, [held]));

        Assert.Equal(code, anomaly.Code);
        Assert.Equal("ent : envoi n°3", anomaly.Subject);
        Assert.Equal(RelayItems.Uai, anomaly.Uai);
        Assert.Contains("EXPORT-PARTIEL", anomaly.Message);
        Assert.Contains("fichier3.xml", anomaly.Message);
    }

    [Fact]
    public void Find_FailingFile_RaisesEnvoiEchec()
    {
        var anomaly = Assert.Single(RelayAnomalies.Find(Destination, [RelayItems.Item(1, RelayStatus.Echec) with { Reason = "HTTP 503" }]));

        Assert.Equal("ENT-ENVOI-ECHEC", anomaly.Code);
        Assert.Contains("HTTP 503", anomaly.Message);
    }

    [Fact]
    public void Find_RefusedFile_StaysReportedUntilALaterFileIsSent()
    {
        var refused = RelayItems.Item(1, RelayStatus.Refuse) with { Reason = "HTTP 403 – réponse : « jeton invalide »" };
        var sentLater = RelayItems.Item(2, RelayStatus.Envoye, RelayItems.Monday.AddDays(1));

        Assert.Equal("ENT-ENVOI-REFUSE", Assert.Single(RelayAnomalies.Find(Destination, [refused])).Code);
        Assert.Empty(RelayAnomalies.Find(Destination, [refused, sentLater]));
    }

    [Fact]
    public void Find_SentSupersededAndDroppedFiles_RaiseNothing()
    {
        var twoDaysApart = TimeSpan.FromDays(2);
        RelayItem[] items =
        [
            RelayItems.Item(1, RelayStatus.Envoye, RelayItems.Monday), RelayItems.Item(2, RelayStatus.Remplace, RelayItems.Monday + twoDaysApart),
            RelayItems.Item(3, RelayStatus.Rejete, RelayItems.Monday + twoDaysApart * 2),
        ];

        Assert.Empty(RelayAnomalies.Find(Destination, items));
    }

    [Fact]
    public void Find_TwoTimetableExportsWithinTheWindow_RaisesDoubleExportNamingBothFiles()
    {
        var first = RelayItems.Item(1, RelayStatus.Remplace, RelayItems.Monday);
        var second = RelayItems.Item(2, RelayStatus.Envoye, RelayItems.Monday.AddMinutes(1));

        var anomaly = Assert.Single(RelayAnomalies.Find(Destination, [first, second]));

        Assert.Equal("ENT-DOUBLE-EXPORT", anomaly.Code);
        Assert.Equal("EdtChiffre : fichiers n°101 et n°102", anomaly.Subject);
        Assert.Contains("fichier1.xml", anomaly.Message);
        Assert.Contains("fichier2.xml", anomaly.Message);
    }

    [Fact]
    public void Find_ExportsFurtherApartThanTheWindow_OrWindowOff_RaiseNoDoubleExport()
    {
        RelayItem[] items = [RelayItems.Item(1, RelayStatus.Envoye, RelayItems.Monday), RelayItems.Item(2, RelayStatus.Envoye, RelayItems.Monday.AddHours(3))];
        RelayItem[] close = [RelayItems.Item(1, RelayStatus.Envoye, RelayItems.Monday), RelayItems.Item(2, RelayStatus.Envoye, RelayItems.Monday.AddMinutes(5))];

        Assert.Empty(RelayAnomalies.Find(Destination, items));
        Assert.Empty(RelayAnomalies.Find(Destination with { DoubleExportWindow = TimeSpan.Zero }, close));
    }

    [Fact]
    public void Find_TwoRouteFilesCloseTogether_AreNotADoubleExport()
    {
        var destination = RelayItems.Destination(ExportKind.StsEmp);
        RelayItem[] items =
        [
            RelayItems.Item(1, RelayStatus.Envoye, RelayItems.Monday, ExportKind.StsEmp), RelayItems.Item(2, RelayStatus.Envoye, RelayItems.Monday.AddMinutes(2), ExportKind.StsEmp),
        ];

        Assert.Empty(RelayAnomalies.Find(destination, items));
    }
}
