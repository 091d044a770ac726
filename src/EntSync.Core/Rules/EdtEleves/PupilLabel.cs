using System.Globalization;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.EdtEleves;

/// <summary>
/// How a report names a pupil: « MARTIN Léa (née le 12/03/2014, 6E2) ». Messages only: subjects carry ids, never names.
/// </summary>
internal static class PupilLabel
{
    public static string Of(Eleve e) => Format(e.NomDeFamille ?? e.NomUsage, e.Prenom, e.DateNaiss, Born(e.CodeSexe), e.Division);

    public static string Of(TimetableEleve e) => Format(e.Nom, e.Prenom, e.DateNaissance, "né(e)", e.Classe);

    public static string Of(EleveGroupeEleve e) => Format(e.NomDeFamille ?? e.NomUsage, e.Prenom, e.DateNaiss, "né(e)", null);

    /// <summary>« sorti », « sortie » or « sorti(e) » as SIECLE's CODE_SEXE says.</summary>
    public static string Agree(Eleve e, string masculine) => e.CodeSexe switch { "1" => masculine, "2" => masculine + "e", _ => masculine + "(e)" };

    /// <summary>A file as messages name it: its name (and zip entry), the full path being in the anomaly's files.</summary>
    public static string File(string path) => Path.GetFileName(path);

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The first names, then « et N autres », so that a whole class does not fill the report.</summary>
    public static string List(IReadOnlyList<string> labels, int shown = 10) =>
        labels.Count <= shown ? string.Join(", ", labels) : $"{string.Join(", ", labels.Take(shown))} et {labels.Count - shown} autres";

    private static string Born(string? codeSexe) => codeSexe switch { "1" => "né", "2" => "née", _ => "né(e)" };

    private static string Format(string? nom, string? prenom, DateOnly? naissance, string born, string? classe)
    {
        var name = string.Join(' ', new[] { nom?.Trim(), prenom?.Trim() }.Where(s => !string.IsNullOrEmpty(s)));
        var details = new List<string>(2);
        if (naissance is { } n) details.Add($"{born} le {Date(n)}");
        if (!string.IsNullOrWhiteSpace(classe)) details.Add(classe);
        var label = name.Length == 0 ? "(sans nom)" : name;
        return details.Count == 0 ? label : $"{label} ({string.Join(", ", details)})";
    }
}
