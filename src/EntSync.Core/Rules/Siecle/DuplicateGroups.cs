namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// Union–find over the indexes of a list of fiches, remembering why two fiches were joined: duplicates found by
/// several criteria (same INE, same name and birth date…) end up in one group, reported once with every reason.
/// </summary>
internal sealed class DuplicateGroups(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();
    private readonly List<(int A, int B, string Reason)> _links = [];

    /// <summary>Joins the fiches that share a key (null keys never match), for one reason.</summary>
    public void JoinOn(IEnumerable<int> members, Func<int, string?> key, string reason) =>
        JoinOn(members.Select(i => (i, key(i))), reason);

    /// <summary>Joins the fiches that share a key, a fiche may come with several keys (family and usage name…).</summary>
    public void JoinOn(IEnumerable<(int Index, string? Key)> keyed, string reason)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (i, key) in keyed)
        {
            if (key is not { Length: > 0 } k) continue;
            if (!first.TryAdd(k, i) && first[k] != i) Join(first[k], i, reason);
        }
    }

    public void Join(int a, int b, string reason)
    {
        _links.Add((a, b, reason));
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }

    /// <summary>Every group of two fiches or more, members in index order, with its distinct reasons in the order found.</summary>
    public IEnumerable<(IReadOnlyList<int> Members, IReadOnlyList<string> Reasons)> Groups()
    {
        var reasons = new Dictionary<int, List<string>>();
        foreach (var (a, _, reason) in _links)
        {
            var root = Find(a);
            if (!reasons.TryGetValue(root, out var list)) reasons[root] = list = [];
            if (!list.Contains(reason)) list.Add(reason);
        }

        var members = new Dictionary<int, List<int>>();
        foreach (var (a, b, _) in _links)
        {
            foreach (var i in new[] { a, b })
            {
                var root = Find(i);
                if (!members.TryGetValue(root, out var list)) members[root] = list = [];
                list.Add(i);
            }
        }

        return members.OrderBy(m => m.Key)
            .Select(m => ((IReadOnlyList<int>)m.Value.Distinct().Order().ToList(), (IReadOnlyList<string>)reasons[m.Key]));
    }

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }
}
