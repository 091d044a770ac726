using System.Globalization;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Udt;

/// <summary>
/// Lays the generated courses on UDT's grid: one demi_seq per distinct start time and day (UDCal_07), one fiche per
/// (day, demi_seq) used (UDCal_11), one ligne per course (UDCal_12). ODE merges lignes of one div + mat + prof + rgpmt +
/// gpe whose code prefixes follow on, so each key's lignes get odd prefixes (1, 3, 5…): every GenCours stays one course.
/// </summary>
internal sealed class UdtTimetableLayout
{
    public const string Site = "1";

    private readonly Dictionary<(int Jour, int DemiSeq), string> _fiches = [];

    public UdtTimetableLayout(IReadOnlyList<GenCours> cours)
    {
        var starts = new SortedDictionary<TimeOnly, int>();
        foreach (var c in cours) starts.TryAdd(c.HeureDebut, c.DureeMinutes);
        var index = 0;
        foreach (var (start, minutes) in starts) DemiSequences.Add((++index, start, start.AddMinutes(minutes)));

        Jours = cours.Select(c => c.Jour).Append(1).Append(5).Distinct().Order().ToList();
        var demiOf = DemiSequences.ToDictionary(d => d.Start, d => d.Code);
        foreach (var key in cours.Select(c => (c.Jour, demiOf[c.HeureDebut])).Distinct().Order())
        {
            _fiches[key] = (_fiches.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        DemiOf = demiOf;
    }

    public List<(int Code, TimeOnly Start, TimeOnly End)> DemiSequences { get; } = [];

    public IReadOnlyList<int> Jours { get; }

    public IReadOnlyDictionary<TimeOnly, int> DemiOf { get; }

    public IEnumerable<(string Code, int Jour, int DemiSeq)> Fiches => _fiches.Select(f => (f.Value, f.Key.Jour, f.Key.DemiSeq));

    public string FicheOf(GenCours c) => _fiches[(c.Jour, DemiOf[c.HeureDebut])];

    public static string Hour(TimeOnly t) => t.ToString("HH'h'mm", CultureInfo.InvariantCulture);

    /// <summary>Ligne codes: a 3-digit prefix odd within each key, then the course number to keep codes unique.</summary>
    public static Dictionary<int, string> LigneCodes(IEnumerable<(GenCours Cours, string Key)> lignes)
    {
        var perKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new Dictionary<int, string>();
        foreach (var (c, key) in lignes)
        {
            var n = perKey.GetValueOrDefault(key);
            perKey[key] = n + 1;
            codes[c.Numero] = string.Create(CultureInfo.InvariantCulture, $"{(2 * n + 1) % 1000:D3}{c.Numero:D5}");
        }

        return codes;
    }
}
