using System.Xml;
using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Udt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Udt;

/// <summary>
/// Reads a UDT export: a zip of UDCal_NN.xml files (FORMATS.md §11.1), each streamed on its own. The UAI and export
/// date come from the zip's name (UDT writes them nowhere else), the school year from UDCal_24.
/// </summary>
internal sealed class UdtReader : IExportReader
{
    /// <summary>Without these, the timetable cannot be tied to teachers and classes.</summary>
    private static readonly (int Number, string What)[] CoreFiles = [(4, "professeurs"), (8, "divisions")];

    public ExportKind Kind => ExportKind.Udt;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var into = new UdtExportBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        foreach (var entry in document.ListZipEntries())
        {
            if (UdtEntryName.Parse(entry.FullName) is not { } name) continue;
            if (!seen.Add(name.Canonical))
            {
                into.Warnings.Add(new ReadWarning("UDT-FICHIER-DOUBLE",
                    $"L'archive contient deux fois {name.Canonical} (« {entry.FullName} ») : seul le premier est lu."));
                continue;
            }

            into.Fichiers.Add(entry.FullName);
            numbers.Add(name.Number);
            if (UdtEntryReader.IsRead(name.Number)) ReadEntry(document.ZipEntry(entry), name, into);
        }

        foreach (var (number, what) in CoreFiles)
        {
            if (numbers.Contains(number)) continue;
            into.Warnings.Add(new ReadWarning("UDT-FICHIER-ABSENT",
                $"L'archive UDT ne contient pas UDCal_{number:D2}.xml ({what}) : l'export est incomplet, refaites-le depuis UDT."));
        }

        var content = into.Build();
        var completed = Complete(identity, document.FileName, content.Calendrier, into.Warnings);
        return new ReadResult(completed, content, into.Warnings);
    }

    private static void ReadEntry(ExportDocument entry, UdtEntryName name, UdtExportBuilder into)
    {
        try
        {
            using var reader = entry.OpenXml();
            UdtEntryReader.Read(reader, name, into);
        }
        catch (XmlException ex)
        {
            // The inspector's own translation would not say which of the many UDCal files is broken.
            var error = XmlErrorTranslator.Translate(ex);
            throw new ExportReadException($"Fichier {name.FileName} de l'archive UDT : {error.Message}", error.Line, error.Column);
        }
        catch (InvalidDataException ex)
        {
            throw new ExportReadException(
                $"Fichier {name.FileName} de l'archive UDT illisible : l'archive est endommagée ({ex.Message}). Refaites l'export ou le transfert.");
        }

        foreach (var w in entry.EncodingWarnings)
        {
            into.Warnings.Add(w with { Message = $"{name.FileName} : {w.Message}" });
        }
    }

    private static ExportIdentity Complete(ExportIdentity identity, string zipName, UdtCalendrier calendrier, List<ReadWarning> warnings)
    {
        var (uai, date) = UdtZipName.Parse(zipName);
        if (uai is null && identity.Uai is null)
        {
            warnings.Add(new ReadWarning("UDT-UAI-ABSENT",
                $"Le nom de l'archive « {zipName} » ne contient pas d'UAI : l'établissement n'est pas identifié. " +
                "Gardez le nom donné par UDT (<UAI>_<aaaaMMjjhhmmss>_UDT.zip) ou ajoutez l'UAI au nom du fichier."));
        }

        return identity with
        {
            Uai = identity.Uai ?? uai,
            ExportDate = identity.ExportDate ?? date,
            SchoolYear = identity.SchoolYear ?? SchoolYear(calendrier, warnings),
        };
    }

    private static int? SchoolYear(UdtCalendrier calendrier, List<ReadWarning> warnings)
    {
        var fromAnnee = calendrier.Annee is { Length: >= 4 } a ? ExportDates.ParseYear(a[..4]) : null;
        int? fromDebut = calendrier.DebutEleve is { } d ? ExportDates.SchoolYearOf(d.ToDateTime(TimeOnly.MinValue)) : null;
        if (fromAnnee is not null && fromDebut is not null && fromAnnee != fromDebut)
        {
            warnings.Add(new ReadWarning("UDT-ANNEE-INCOHERENTE",
                $"UDCal_24.xml : l'année « {calendrier.Annee} » ne correspond pas à la rentrée des élèves ({calendrier.DebutEleve:dd/MM/yyyy}) ; " +
                $"l'année scolaire retenue est {fromAnnee}-{fromAnnee + 1}."));
        }

        var year = fromAnnee ?? fromDebut;
        if (year is null)
        {
            warnings.Add(new ReadWarning("UDT-ANNEE-ABSENTE",
                "Année scolaire introuvable (UDCal_24.xml absent ou sans « annee » ni « debut_eleve ») : l'export n'est rattaché à aucune année."));
        }

        return year;
    }
}
