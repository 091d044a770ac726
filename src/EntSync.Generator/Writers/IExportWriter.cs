using EntSync.Generator.Model;

namespace EntSync.Generator.Writers;

/// <summary>Writes one family of exports of a generated school into a folder, in the real format; returns the paths written.</summary>
public interface IExportWriter
{
    IReadOnlyList<string> Write(GeneratedSchool school, string directory);
}
