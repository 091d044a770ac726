using System.Xml;
using EntSync.Core.Identification;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>The envelope every BEE export shares: root @VERSION and PARAMETRES (UAJ, ANNEE_SCOLAIRE, DATE_EXPORT, HORODATAGE).</summary>
internal static class BeeEnvelope
{
    /// <summary>Fills what identification could not get (e.g. a header it gave up on), never overriding it.</summary>
    public static ExportIdentity Complete(ExportIdentity identity, LightElement parametres)
    {
        var date = ExportDates.Parse(parametres.Value("HORODATAGE")) ?? ExportDates.Parse(parametres.Value("DATE_EXPORT"));
        return identity with
        {
            Uai = identity.Uai ?? parametres.Value("UAJ"),
            SchoolYear = identity.SchoolYear ?? ExportDates.ParseYear(parametres.Value("ANNEE_SCOLAIRE")),
            ExportDate = identity.ExportDate ?? date,
        };
    }

    public static string? Version(XmlReader rootReader) => rootReader.GetAttribute("VERSION")?.Trim() is { Length: > 0 } v ? v : null;
}
