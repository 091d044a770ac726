using System.Runtime.CompilerServices;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Snapshot.Matching;

/// <summary>
/// Finds the SIECLE pupil behind a pupil of another file, the way SIECLE itself matches an élève-groupe file
/// (FORMATS.md §12): by ELEVE_ID, else INE, else ID_PRV_ELE, else normalised name + first name + birth date, the name
/// being tried against both NOM_DE_FAMILLE and NOM_USAGE. Each step is tried when the previous one finds nobody, so a
/// stale id still falls back to the names. The look-up tables are built once: matching is linear in pupils.
/// When several SIECLE pupils share a key (duplicate INE, homonyms born the same day), the first in the file wins.
/// </summary>
public sealed class PupilMatcher
{
    // Several checks match against the same SIECLE export: build its tables once (académie size: 100,000 pupils).
    private static readonly ConditionalWeakTable<SiecleElevesExport, PupilMatcher> Shared = new();

    // Sized up front and keyed by the normalised name parts (shared between pupils) rather than one joined string per
    // pupil: the tables live as long as the run, ≈ 10 MB less at académie scale, and growing them left as much garbage.
    private readonly Dictionary<string, Eleve> _byEleveId;
    private readonly Dictionary<string, Eleve> _byIne;
    private readonly Dictionary<string, Eleve> _byIdPrv = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Nom, string Prenom, DateOnly Naissance), Eleve> _byPerson;

    public PupilMatcher(IEnumerable<Eleve> eleves)
    {
        var count = eleves.TryGetNonEnumeratedCount(out var n) ? n : 0;
        _byEleveId = new Dictionary<string, Eleve>(count, StringComparer.Ordinal);
        _byIne = new Dictionary<string, Eleve>(count, StringComparer.OrdinalIgnoreCase);
        _byPerson = new Dictionary<(string, string, DateOnly), Eleve>(count);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in eleves)
        {
            _byEleveId.TryAdd(e.EleveId.Trim(), e);
            _byEleveId.TryAdd(WithoutLeadingZeros(e.EleveId.Trim()), e);
            if (Clean(e.Ine) is { } ine) _byIne.TryAdd(ine, e);
            if (Clean(e.IdPrvEle) is { } prv) _byIdPrv.TryAdd(prv, e);
            if (PersonKey(e.NomDeFamille, e.Prenom, e.DateNaiss, names) is { } family) _byPerson.TryAdd(family, e);
            if (PersonKey(e.NomUsage, e.Prenom, e.DateNaiss, names) is { } usage) _byPerson.TryAdd(usage, e);
        }
    }

    /// <summary>The matcher of a SIECLE export, shared by every check of the run.</summary>
    public static PupilMatcher Of(SiecleElevesExport eleves) => Shared.GetValue(eleves, e => new PupilMatcher(e.Eleves));

    /// <summary>A timetable pupil: EDT carries IDSconet (= ELEVE_ID) and the INE; UDT only names and birth date.</summary>
    public Eleve? Match(TimetableEleve e) => Match(e.EleveId, e.Ine, null, e.Nom, null, e.Prenom, e.DateNaissance);

    /// <summary>A pupil of an élève-groupe file, which carries exactly one of ELEVE_ID, ID_NATIONAL, ID_PRV_ELE.</summary>
    public Eleve? Match(EleveGroupeEleve e) => Match(e.EleveId, e.IdNational, e.IdPrvEle, e.NomDeFamille, e.NomUsage, e.Prenom, e.DateNaiss);

    public Eleve? Match(string? eleveId, string? ine, string? idPrvEle, string? nom, string? nomUsage, string? prenom, DateOnly? naissance)
    {
        if (Clean(eleveId) is { } id && (_byEleveId.GetValueOrDefault(id) ?? _byEleveId.GetValueOrDefault(WithoutLeadingZeros(id))) is { } byId) return byId;
        if (Clean(ine) is { } i && _byIne.GetValueOrDefault(i) is { } byIne) return byIne;
        if (Clean(idPrvEle) is { } p && _byIdPrv.GetValueOrDefault(p) is { } byPrv) return byPrv;
        if (PersonKey(nom, prenom, naissance) is { } k && _byPerson.GetValueOrDefault(k) is { } byName) return byName;
        if (PersonKey(nomUsage, prenom, naissance) is { } u && _byPerson.GetValueOrDefault(u) is { } byUsage) return byUsage;
        return null;
    }

    private static string? Clean(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();

    // The élève-groupe schema types ELEVE_ID as unsignedInt, so a file may write "1234" for SIECLE's "01234": both
    // sides are also indexed without leading zeros.
    private static string WithoutLeadingZeros(string id) => id.TrimStart('0') is { Length: > 0 } t ? t : id;

    /// <summary>
    /// <see cref="NameKey.Person"/> in parts; null without a name, first name or birth date: a partial key would match
    /// strangers. <paramref name="names"/>, when given, hands out one instance per normalised name.
    /// </summary>
    private static (string, string, DateOnly)? PersonKey(string? nom, string? prenom, DateOnly? naissance, Dictionary<string, string>? names = null)
    {
        if (string.IsNullOrWhiteSpace(nom) || string.IsNullOrWhiteSpace(prenom) || naissance is not { } date) return null;
        return (OneInstance(NameKey.Normalize(nom), names), OneInstance(NameKey.Normalize(prenom), names), date);
    }

    private static string OneInstance(string name, Dictionary<string, string>? names)
    {
        if (names is null) return name;
        if (names.TryGetValue(name, out var shared)) return shared;
        names[name] = name;
        return name;
    }
}
