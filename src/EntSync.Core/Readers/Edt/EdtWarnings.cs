using EntSync.Core.Readers;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Read warnings of one EDT file, capped: a file where every record has the same oddity must give a readable list,
/// not 100,000 lines. What is left out is summed up in one last warning.
/// </summary>
internal sealed class EdtWarnings
{
    private const int Cap = 100;
    private readonly List<ReadWarning> _list = [];
    private int _dropped;

    public void Add(string code, string message, int? line)
    {
        if (_list.Count < Cap) _list.Add(new ReadWarning(code, message, line));
        else _dropped++;
    }

    public IReadOnlyList<ReadWarning> ToList()
    {
        if (_dropped == 0) return _list;
        return [.. _list, new ReadWarning("AVERTISSEMENTS-TRONQUES", $"{_dropped} autres remarques du même genre n'ont pas été listées.")];
    }
}
