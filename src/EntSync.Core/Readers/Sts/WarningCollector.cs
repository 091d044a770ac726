namespace EntSync.Core.Readers.Sts;

/// <summary>
/// Collects a reader's warnings, keeping at most <c>maxPerCode</c> of each code: one systematic fault in a file of
/// 100,000 records must give one readable paragraph in the report, not 100,000 lines.
/// </summary>
internal sealed class WarningCollector(int maxPerCode = 20)
{
    private readonly List<ReadWarning> _warnings = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string code, string message, int? line = null)
    {
        var n = _counts.GetValueOrDefault(code) + 1;
        _counts[code] = n;
        if (n <= maxPerCode) _warnings.Add(new ReadWarning(code, message, line));
    }

    public IReadOnlyList<ReadWarning> ToList()
    {
        var all = new List<ReadWarning>(_warnings);
        foreach (var (code, n) in _counts)
        {
            if (n > maxPerCode)
            {
                all.Add(new ReadWarning(code, $"… et {n - maxPerCode} autre(s) avertissement(s) du même type ({code}) non détaillé(s)."));
            }
        }

        return all;
    }
}
