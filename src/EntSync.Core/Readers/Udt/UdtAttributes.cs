using System.Xml;

namespace EntSync.Core.Readers.Udt;

/// <summary>
/// Reads the attributes of the element the reader is on, in one pass, into slots in the order of <c>names</c>. UDT
/// records are attribute-only and number in the hundred thousands, so this skips building a <see cref="Xml.LightElement"/>
/// per record: names are matched by reference against the reader's atomised names (exact spelling), then ignoring case.
/// Values are trimmed; blank is null; the first of two spellings wins; unknown attributes are ignored.
/// </summary>
internal sealed class UdtAttributes(params string[] names)
{
    private readonly string?[] _values = new string?[names.Length];
    private readonly string[] _atoms = new string[names.Length];
    private XmlNameTable? _table;

    public string? this[int index] => _values[index];

    public void Read(XmlReader reader)
    {
        if (!ReferenceEquals(reader.NameTable, _table))
        {
            _table = reader.NameTable;
            for (var i = 0; i < names.Length; i++) _atoms[i] = _table.Add(names[i]);
        }

        Array.Clear(_values);
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            var i = IndexOf(reader.LocalName);
            if (i >= 0 && _values[i] is null) _values[i] = Clean(reader.Value);
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    private int IndexOf(string local)
    {
        for (var i = 0; i < _atoms.Length; i++)
        {
            if (ReferenceEquals(_atoms[i], local)) return i;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], local, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }

    private static string? Clean(string value)
    {
        if (value.Length == 0) return null;
        var t = value.Trim();
        return t.Length == 0 ? null : t;
    }
}
