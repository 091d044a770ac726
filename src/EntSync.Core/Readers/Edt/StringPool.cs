namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Shares one instance of values that repeat across records (sexes, towns, idents of classes and rooms, names), so a
/// 100,000-pupil export keeps thousands of strings instead of hundreds of thousands. Only for low-cardinality fields:
/// pooling unique values would cost more than it saves.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    public string? Get(string? value)
    {
        if (value is null) return null;
        if (_pool.TryGetValue(value, out var shared)) return shared;
        _pool[value] = value;
        return value;
    }
}
