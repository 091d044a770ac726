using System.Text.Json;
using EntSync.Infrastructure.Files;

namespace EntSync.Worker.Hosting;

/// <summary>
/// When each establishment's last report was made (rapports/&lt;uai&gt;_suivi.json): "what changed since the last
/// report" starts there. Only a report that went out (queued, sent, or written without a mail server) moves it.
/// </summary>
internal sealed class ReportMarks(string rapportsFolder)
{
    private sealed record Mark(DateTime DernierRapport);

    public DateTime? Last(string uai)
    {
        var file = FileOf(uai);
        if (!File.Exists(file)) return null;
        try
        {
            return JsonSerializer.Deserialize<Mark>(File.ReadAllBytes(file), JsonSerializerOptions.Web)?.DernierRapport;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public Task SetAsync(string uai, DateTime at, CancellationToken cancellationToken) =>
        AtomicFiles.WriteReplacingAsync(FileOf(uai), JsonSerializer.SerializeToUtf8Bytes(new Mark(at), JsonSerializerOptions.Web), cancellationToken);

    private string FileOf(string uai) => Path.Combine(rapportsFolder, $"{SafeFileName.Sanitize(uai)}_suivi.json");
}
