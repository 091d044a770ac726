using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.EdtEleves;

/// <summary>
/// EDT-ELEVE-CLASSE-DIFFERENTE: a pupil in the school whose class in the timetable is not their SIECLE division (codes
/// compared exactly; UDT's view already uses code_sts). When the timetable's class is another SIECLE division, each pupil
/// is one anomaly. When it is a name SIECLE does not know at all, the class itself is named differently: one anomaly per
/// (division, timetable class) pair, not one per pupil of the class.
/// </summary>
public sealed class EleveClasseDifferenteRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.EleveClasseDifferente.Code];

    public string? MissingInput(SnapshotPair pair) => TimetablePupils.MissingInput(pair);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var source = ExportKindLabels.French(snapshot.Timetable!.Source);
        var files = TimetablePupils.Files(snapshot);
        var divisions = KnownDivisions(snapshot);
        var renamed = new Dictionary<(string Division, string Classe), List<Eleve>>();

        foreach (var (edt, siecle) in TimetablePupils.Matched(snapshot))
        {
            if (siecle is null || !TimetablePupils.Present(siecle, settings.Today)) continue;
            if (string.IsNullOrWhiteSpace(siecle.Division) || string.IsNullOrWhiteSpace(edt.Classe)) continue;
            if (string.Equals(siecle.Division, edt.Classe, StringComparison.Ordinal)) continue;

            if (divisions.Contains(edt.Classe))
            {
                yield return EdtAnomalies.EleveClasseDifferente.Create(
                    TimetablePupils.Subject(siecle),
                    $"{PupilLabel.Of(siecle)} est en {siecle.Division} dans SIECLE mais en {edt.Classe} dans l'emploi du temps ({source}).",
                    files);
                continue;
            }

            var key = (siecle.Division, edt.Classe);
            if (!renamed.TryGetValue(key, out var list)) renamed[key] = list = [];
            list.Add(siecle);
        }

        foreach (var ((division, classe), eleves) in renamed.OrderBy(kv => kv.Key.Division, StringComparer.Ordinal).ThenBy(kv => kv.Key.Classe, StringComparer.Ordinal))
        {
            var names = PupilLabel.List(eleves.Select(PupilLabel.Of).ToList());
            yield return EdtAnomalies.EleveClasseDifferente.Create(
                $"DIVISION:{division};CLASSE-EDT:{classe}",
                $"{eleves.Count} élève{(eleves.Count == 1 ? "" : "s")} de {division} dans SIECLE {(eleves.Count == 1 ? "est" : "sont")} dans la classe « {classe} » " +
                $"de l'emploi du temps ({source}), que SIECLE ne connaît pas : {names}. S'il s'agit de la même classe, donnez-lui dans le logiciel " +
                $"d'emploi du temps le code de SIECLE et STS-Web ({division}).",
                files);
        }
    }

    /// <summary>The division codes SIECLE knows: those of Structures.xml when received, and those its pupils are in.</summary>
    private static HashSet<string> KnownDivisions(SchoolSnapshot snapshot)
    {
        var known = snapshot.Eleves!.Eleves.Select(e => e.Division).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (snapshot.Structures is { } structures) known.UnionWith(structures.Divisions.Select(d => d.Code));
        return known;
    }
}
