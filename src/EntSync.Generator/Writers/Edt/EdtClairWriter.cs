using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// Writes <c>Edt_To_Partenaire_&lt;UAI&gt;_Enclair.xml</c>, the clear timetable export (ExportEmploiDuTemps), named like
/// the public sample (<c>&lt;Logiciel&gt;_To_&lt;Partenaire&gt;_&lt;UAI&gt;</c>).
/// </summary>
internal sealed class EdtClairWriter : IExportWriter
{
    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        var path = Path.Combine(directory, $"Edt_To_Partenaire_{school.Uai}_Enclair.xml");
        using (var file = File.Create(path))
        {
            EdtClairContent.Write(school, file);
        }

        return [path];
    }
}
