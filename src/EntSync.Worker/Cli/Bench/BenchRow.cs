using System.Globalization;

namespace EntSync.Worker.Cli.Bench;

/// <summary>One size of the benchmark and what it measured.</summary>
internal sealed record BenchRow(int Pupils, int XmlFiles, long XmlBytes, BenchReadResult EntSync, BenchReadResult Check, TimeSpan? Xmllint, TimeSpan? Python)
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public double MicrosecondsPerPupil => EntSync.Seconds * 1_000_000 / Pupils;

    public string Describe()
    {
        var line = string.Format(Fr, "{0,7} élèves, {1} fichiers XML, {2:N0} Mo : EntSync {3:N2} s, pointe {4:N0} Mo, {5:N0} enregistrements",
            Pupils, XmlFiles, XmlBytes / 1048576.0, EntSync.Seconds, EntSync.PeakBytes / 1048576.0, EntSync.Records);
        if (Xmllint is { } x) line += string.Format(Fr, " ; xmllint {0:N2} s (rapport {1:N2})", x.TotalSeconds, EntSync.Seconds / x.TotalSeconds);
        if (Python is { } p) line += string.Format(Fr, " ; Python iterparse {0:N2} s (rapport {1:N2})", p.TotalSeconds, EntSync.Seconds / p.TotalSeconds);
        line += string.Format(Fr, " ; contrôles (lecture comprise) {0:N2} s, pointe {1:N0} Mo, {2} anomalie(s)",
            Check.Seconds, Check.PeakBytes / 1048576.0, Check.Records);
        if (EntSync.Failed > 0) line += $" ; {EntSync.Failed} fichier(s) REFUSÉ(S)";
        return line;
    }

    public static string Linearity(IReadOnlyList<BenchRow> rows)
    {
        if (rows.Count < 2) return "";
        var perPupil = rows.Select(r => string.Format(Fr, "{0} élèves : {1:N1} µs/élève", r.Pupils, r.MicrosecondsPerPupil));
        var ratio = rows[^1].MicrosecondsPerPupil / rows[0].MicrosecondsPerPupil;
        var checks = rows.Select(r => string.Format(Fr, "{0:N1}", r.Check.Seconds * 1_000_000 / r.Pupils));
        return $"Linéarité (lecture) : {string.Join(" ; ", perPupil)} (rapport plus grand / plus petit : {ratio.ToString("N2", Fr)})" +
               $"{Environment.NewLine}Linéarité (contrôles, µs/élève) : {string.Join(" ; ", checks)}";
    }
}
