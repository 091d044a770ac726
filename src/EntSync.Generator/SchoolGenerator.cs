using EntSync.Generator.Anomalies;
using EntSync.Generator.Model;
using EntSync.Generator.Writers;

namespace EntSync.Generator;

/// <summary>
/// Generates one or several fictitious schools and writes them in every format. One school goes straight into the
/// output folder, several go into one sub-folder per UAI. When an injected anomaly needs history, the previous
/// export is written into a <c>precedent/</c> sub-folder beside the current files.
/// </summary>
public static class SchoolGenerator
{
    public static GenerationReport Generate(GeneratorOptions options, string outputDirectory, IReadOnlyList<IExportWriter>? writers = null)
    {
        writers ??= ExportWriters.All;
        var injections = options.Anomalies.Select(name => AnomalyCatalog.Find(name)
            ?? throw new ArgumentException($"Anomalie inconnue : « {name} ». Anomalies possibles : {string.Join(", ", AnomalyCatalog.All.Select(a => a.Name))}."))
            .ToList();

        var files = new List<string>();
        var schools = new List<GeneratedSchool>();
        for (var i = 0; i < Math.Max(1, options.Etablissements); i++)
        {
            var school = SchoolBuilder.Build(options, i);
            var random = new Random(options.Seed * 31 + i);
            GeneratedSchool? previous = null;
            foreach (var injection in injections)
            {
                var result = injection.Apply(school, random);
                school = result.Current;
                previous ??= result.Previous;
            }

            var directory = options.Etablissements > 1 ? Path.Combine(outputDirectory, school.Uai) : outputDirectory;
            files.AddRange(WriteAll(school, directory, writers));
            if (previous is not null) files.AddRange(WriteAll(previous, Path.Combine(directory, "precedent"), writers));
            schools.Add(school);
        }

        return new GenerationReport(schools, files);
    }

    private static IEnumerable<string> WriteAll(GeneratedSchool school, string directory, IReadOnlyList<IExportWriter> writers)
    {
        Directory.CreateDirectory(directory);
        return writers.SelectMany(w => w.Write(school, directory)).ToList();
    }
}
