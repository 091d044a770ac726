using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EntSync.Core.Inspection;
using EntSync.Core.Model;

namespace EntSync.Worker.Cli.Inspect;

/// <summary>The JSON shape of DESIGN.md §5b: camelCase, local ISO dates without offset, counts that apply only.</summary>
internal static class InspectionJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(IEnumerable<InspectedFile> files) => JsonSerializer.Serialize(files.Select(ToJson).ToList(), Options);

    public static object ToJson(InspectedFile f) => new
    {
        file = f.File,
        kind = f.Identity.Kind.ToString(),
        uai = f.Identity.Uai,
        schoolYear = f.Identity.SchoolYear,
        exportDate = f.Identity.ExportDate?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        ok = f.Ok,
        error = f.Error is null ? null : new { message = f.Error.Message, line = f.Error.Line, column = f.Error.Column },
        warnings = f.Warnings.Select(w => new { code = w.Code, message = w.Message, line = w.Line }).ToList(),
        counts = Counts(f.Counts),
    };

    /// <summary>Only the counts that apply to the kind, in a fixed order.</summary>
    public static Dictionary<string, int>? Counts(ExportCounts? c)
    {
        if (c is null) return null;
        var d = new Dictionary<string, int>();
        void Add(string name, int? value)
        {
            if (value is { } v) d[name] = v;
        }

        Add("eleves", c.Eleves);
        Add("responsables", c.Responsables);
        Add("personnes", c.Personnes);
        Add("divisions", c.Divisions);
        Add("groupes", c.Groupes);
        Add("enseignants", c.Enseignants);
        Add("services", c.Services);
        Add("cours", c.Cours);
        Add("matieres", c.Matieres);
        Add("salles", c.Salles);
        Add("liens", c.Liens);
        return d;
    }
}
