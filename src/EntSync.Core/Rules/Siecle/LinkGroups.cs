using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using EntSync.Core.Model.Siecle;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// Pupil–person links grouped by a key (ELEVE_ID or PERSONNE_ID), in file order within a group. One array holds every
/// link, group after group, and each key points at its run: at académie scale (≈ 175,000 persons, 100,000 pupils) one
/// list per key cost three times the memory, held for the whole run. Read only.
/// </summary>
internal sealed class LinkGroups : IReadOnlyDictionary<string, IReadOnlyList<ResponsableEleve>>
{
    private readonly ResponsableEleve[] _links;
    private readonly Dictionary<string, (int Start, int Count)> _runs;

    public LinkGroups(IReadOnlyList<ResponsableEleve> liens, Func<ResponsableEleve, string> key)
    {
        // Count each group, then give each its run (groups in order of first appearance), then fill the runs in file order.
        _runs = new Dictionary<string, (int Start, int Count)>(StringComparer.Ordinal);
        foreach (var lien in liens) CollectionsMarshal.GetValueRefOrAddDefault(_runs, key(lien), out _).Count++;

        var start = 0;
        foreach (var k in _runs.Keys)
        {
            // Values are changed in place, which does not disturb the enumeration of the keys.
            ref var run = ref CollectionsMarshal.GetValueRefOrNullRef(_runs, k);
            var count = run.Count;
            run = (start, 0);
            start += count;
        }

        _links = new ResponsableEleve[liens.Count];
        foreach (var lien in liens)
        {
            ref var run = ref CollectionsMarshal.GetValueRefOrNullRef(_runs, key(lien));
            _links[run.Start + run.Count++] = lien;
        }
    }

    public int Count => _runs.Count;

    public IEnumerable<string> Keys => _runs.Keys;

    public IEnumerable<IReadOnlyList<ResponsableEleve>> Values => _runs.Values.Select(Segment);

    public IReadOnlyList<ResponsableEleve> this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();

    public bool ContainsKey(string key) => _runs.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<ResponsableEleve> value)
    {
        value = _runs.TryGetValue(key, out var run) ? Segment(run) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, IReadOnlyList<ResponsableEleve>>> GetEnumerator() =>
        _runs.Select(kv => KeyValuePair.Create(kv.Key, Segment(kv.Value))).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyList<ResponsableEleve> Segment((int Start, int Count) run) => new ArraySegment<ResponsableEleve>(_links, run.Start, run.Count);
}
