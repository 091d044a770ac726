namespace EntSync.Core.Rules.Siecle;

/// <summary>How messages name an export: its file name (a zip entry as « archive.zip!entry.xml »), not the whole path.</summary>
internal static class SiecleFiles
{
    public static string Label(string file) => Path.GetFileName(file);
}
