namespace EntSync.Worker.Hosting;

/// <summary>
/// Deletes the dated reports of rapports/ (pages, and the .eml written when no mail server is configured) older than
/// the retention: they name pupils and guardians (DESIGN.md §7). The latest page of each establishment
/// (&lt;uai&gt;_dernier.html) and the last-report marks (&lt;uai&gt;_suivi.json) stay whatever their age.
/// </summary>
internal sealed class ReportRetention(string rapportsFolder)
{
    public int Apply(DateTime before)
    {
        if (!Directory.Exists(rapportsFolder)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(rapportsFolder))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith("_dernier.html", StringComparison.Ordinal) || name.EndsWith("_suivi.json", StringComparison.Ordinal)) continue;
            if (File.GetLastWriteTime(file) >= before) continue;
            File.Delete(file);
            removed++;
        }

        return removed;
    }
}
