using System.Globalization;
using EntSync.Core.Inspection;
using EntSync.Core.Model;

namespace EntSync.Worker.Cli.Inspect;

/// <summary>The readable French summary of <c>entsync inspect</c>.</summary>
internal static class InspectionText
{
    private static readonly (string Key, string Singular, string Plural)[] CountLabels =
    [
        ("eleves", "élève", "élèves"), ("responsables", "lien responsable", "liens responsables"),
        ("personnes", "personne", "personnes"), ("divisions", "division", "divisions"), ("groupes", "groupe", "groupes"),
        ("enseignants", "enseignant", "enseignants"), ("services", "service", "services"), ("cours", "cours", "cours"),
        ("matieres", "matière", "matières"), ("salles", "salle", "salles"), ("liens", "lien élève-groupe", "liens élève-groupe"),
    ];

    public static void Write(IReadOnlyList<InspectedFile> files, TextWriter output)
    {
        foreach (var f in files)
        {
            output.WriteLine(f.File);
            var id = f.Identity;
            if (id.Kind != ExportKind.Unknown)
            {
                var parts = new List<string> { $"Type : {ExportKindLabels.French(id.Kind)} ({id.Kind})" };
                parts.Add($"UAI : {id.Uai ?? "absent"}");
                if (id.SchoolYear is { } y) parts.Add($"année scolaire : {ExportKindLabels.SchoolYear(y)}");
                if (id.ExportDate is { } d) parts.Add($"export du {d.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}");
                output.WriteLine($"  {string.Join(" ; ", parts)}");
            }

            if (InspectionJson.Counts(f.Counts) is { Count: > 0 } counts)
            {
                var text = CountLabels.Where(l => counts.ContainsKey(l.Key))
                    .Select(l => $"{counts[l.Key]} {(counts[l.Key] > 1 ? l.Plural : l.Singular)}");
                output.WriteLine($"  Contenu : {string.Join(", ", text)}");
            }

            foreach (var w in f.Warnings)
            {
                output.WriteLine($"  Attention [{w.Code}] : {w.Message}{(w.Line is { } l ? $" (ligne {l})" : "")}");
            }

            if (f.Error is { } e)
            {
                var where = e.Line is { } line ? $" (ligne {line}{(e.Column is { } c ? $", colonne {c}" : "")})" : "";
                output.WriteLine($"  REFUSÉ : {e.Message}{(e.Message.Contains("ligne", StringComparison.Ordinal) ? "" : where)}");
            }

            output.WriteLine();
        }

        var refused = files.Count(f => !f.Ok);
        output.WriteLine(refused == 0
            ? $"{files.Count} fichier(s) lu(s), aucun refusé."
            : $"{files.Count} fichier(s) examiné(s), {refused} refusé(s) ou non reconnu(s).");
    }
}
