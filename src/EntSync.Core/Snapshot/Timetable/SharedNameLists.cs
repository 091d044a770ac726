namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// Hands out one array per distinct list of names while a view is built: the courses of a class all name the same class,
/// a teacher's courses the same teacher, and the pupils of a class mostly the same groups. At académie scale (≈ 107,000
/// courses, 100,000 pupils) one list each was ≈ 15 MB held for the whole run. The arrays are shared: never modify them.
/// </summary>
internal sealed class SharedNameLists
{
    private readonly HashSet<string[]> _lists = new(new Comparer());

    public IReadOnlyList<string> Of(IEnumerable<string> names)
    {
        var array = names.ToArray();
        if (array.Length == 0) return [];
        if (_lists.TryGetValue(array, out var shared)) return shared;
        _lists.Add(array);
        return array;
    }

    private sealed class Comparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] names)
        {
            var hash = new HashCode();
            foreach (var name in names) hash.Add(name, StringComparer.Ordinal);
            return hash.ToHashCode();
        }
    }
}
