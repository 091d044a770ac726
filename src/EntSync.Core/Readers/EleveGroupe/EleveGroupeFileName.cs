using EntSync.Core.Identification;

namespace EntSync.Core.Readers.EleveGroupe;

/// <summary>
/// SIECLE checks an élève-groupe file's name before reading it (FORMATS.md §12): <c>&lt;UAI&gt;ELEGROUPE&lt;AAAA&gt;&lt;AAMMJJhhmmss&gt;.xml</c>,
/// zipped alone in an archive of the same base name, the year equal to the school year. A renamed file is refused
/// whole, so EntSync warns before anyone sends it, quoting SIECLE's own messages so they can be recognised.
/// </summary>
internal static class EleveGroupeFileName
{
    public const string Code = "NOM-FICHIER-ELEGROUPE";

    public static IEnumerable<ReadWarning> Check(ExportDocument document, string? uai, int? year)
    {
        var name = document.FileName;
        var match = ExportIdentifier.EleveGroupeName().Match(name);
        if (!match.Success)
        {
            var y = year ?? 2026;
            var example = $"{uai ?? "0750001A"}ELEGROUPE{y}{y % 100:D2}0901080000.xml";
            yield return new ReadWarning(Code,
                $"Le nom « {name} » ne suit pas le modèle attendu par SIECLE <UAI>ELEGROUPE<AAAA><AAMMJJhhmmss>.xml (par exemple {example}) : " +
                "SIECLE refusera ce fichier avec le message « Nom du fichier mal formaté! ». Déposez le fichier tel que le logiciel " +
                "d'emploi du temps l'a produit, sans le renommer.");
        }
        else if (year is { } y && int.Parse(match.Groups[2].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) != y)
        {
            yield return new ReadWarning(Code,
                $"L'année du nom de fichier ({match.Groups[2].Value}) diffère de l'année scolaire écrite dans le fichier ({y}) : " +
                "SIECLE refusera ce fichier avec le message « Année du fichier différente de l'année utilisée ! ». " +
                "Refaites l'export depuis le logiciel d'emploi du temps sur la bonne année.");
        }

        var bang = document.DisplayName.LastIndexOf('!');
        if (bang > 0)
        {
            var zip = ExportDocument.OriginalName(Path.GetFileName(document.DisplayName[..bang]));
            if (!string.Equals(Path.GetFileNameWithoutExtension(zip), Path.GetFileNameWithoutExtension(name), StringComparison.OrdinalIgnoreCase))
            {
                yield return new ReadWarning(Code,
                    $"L'archive « {zip} » ne porte pas le même nom que le fichier qu'elle contient (« {name} ») : " +
                    "SIECLE refusera l'archive avec le message « Nom de fichier .zip incorrect ».");
            }
        }
    }
}
