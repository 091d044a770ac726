namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// Collects a reader's warnings, at most <see cref="PerCode"/> of each code: a file with 100,000 bad dates must give a
/// readable report, not 100,000 lines. The overflow is summed up in one last warning per code.
/// </summary>
internal sealed class SiecleWarnings
{
    public const int PerCode = 50;

    private readonly List<ReadWarning> _warnings = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string code, Func<string> message, int? line)
    {
        var n = _counts.GetValueOrDefault(code) + 1;
        _counts[code] = n;
        if (n <= PerCode) _warnings.Add(new ReadWarning(code, message(), line));
    }

    public IReadOnlyList<ReadWarning> ToList()
    {
        var all = new List<ReadWarning>(_warnings);
        foreach (var (code, count) in _counts)
        {
            if (count > PerCode)
            {
                all.Add(new ReadWarning(code, $"… et {count - PerCode} autre(s) avertissement(s) du même type ({code}) non détaillé(s)."));
            }
        }

        return all;
    }
}
