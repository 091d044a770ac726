namespace EntSync.Core.Readers.Udt;

/// <summary>
/// Shares the instances of short codes repeated across records (a division or a teacher code appears in thousands of
/// lignes): the copies the XmlReader hands out then die young instead of all being kept with the content.
/// </summary>
internal sealed class UdtCodePool
{
    private const int MaxLength = 16;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    public string? Share(string? code)
    {
        if (code is null || code.Length > MaxLength) return code;
        if (_pool.TryGetValue(code, out var shared)) return shared;
        _pool[code] = code;
        return code;
    }
}
