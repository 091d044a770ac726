using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>
/// Who receives an establishment's report: a list for everything ("tous") and one per audience, and which of those
/// lists also want the daily "tout va bien" when there is nothing to say.
/// </summary>
public sealed record ReportRecipients
{
    public IReadOnlyList<string> All { get; init; } = [];

    public IReadOnlyDictionary<Audience, IReadOnlyList<string>> ByAudience { get; init; } = new Dictionary<Audience, IReadOnlyList<string>>();

    public bool AllIsWellForAll { get; init; }

    public IReadOnlySet<Audience> AllIsWell { get; init; } = new HashSet<Audience>();

    public bool IsEmpty => All.Count == 0 && ByAudience.Values.All(l => l.Count == 0);

    /// <summary>
    /// One mailing per distinct set of audiences: an address gets one email with every section it is listed for (an
    /// address in "tous" gets everything once, never a second copy per audience). Addresses compare case-insensitively.
    /// </summary>
    public IReadOnlyList<ReportMailing> Plan()
    {
        var audiences = new Dictionary<string, HashSet<Audience>>(StringComparer.OrdinalIgnoreCase);
        var wantsAllIsWell = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var spelled = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        void Add(string address, IEnumerable<Audience> sections, bool allIsWell)
        {
            var key = address.Trim();
            if (key.Length == 0) return;
            spelled.TryAdd(key, key);
            if (!audiences.TryGetValue(key, out var set)) audiences[key] = set = [];
            set.UnionWith(sections);
            wantsAllIsWell[key] = wantsAllIsWell.GetValueOrDefault(key) || allIsWell;
        }

        foreach (var address in All) Add(address, ReportLabels.AudienceOrder, AllIsWellForAll);
        foreach (var (audience, list) in ByAudience)
        {
            foreach (var address in list) Add(address, [audience], AllIsWell.Contains(audience));
        }

        return audiences
            .GroupBy(kv => (Key: string.Join(",", ReportLabels.AudienceOrder.Where(kv.Value.Contains)), AllIsWell: wantsAllIsWell[kv.Key]))
            .Select(g => new ReportMailing(new ReportView(g.First().Value), g.Select(kv => spelled[kv.Key]).Order(StringComparer.OrdinalIgnoreCase).ToList(),
                g.Key.AllIsWell))
            .OrderByDescending(m => m.View.Audiences.Count).ThenBy(m => m.View.Key, StringComparer.Ordinal)
            .ToList();
    }
}
