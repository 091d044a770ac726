using System.Xml;
using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Readers;
using EntSync.Core.Xml;

namespace EntSync.Core.Inspection;

/// <summary>
/// Identifies and reads exports: a file, or each export inside a zip (SIECLE's ExportXML_*.zip are opened
/// transparently; a UDT zip is one export). A file that cannot be read gives a French error, never an exception:
/// one bad file must not stop the others. Identification and reading are separate steps so that a caller can
/// choose which exports to read with their content kept (the checks keep only the ones they use).
/// </summary>
public sealed class ExportInspector(ExportReaderCatalog catalog, ReadLimits? limits = null)
{
    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;

    public IReadOnlyList<InspectedFile> InspectFile(string path, bool keepContent = false) =>
        Inspect(ExportDocument.FromFile(path, _limits), keepContent);

    public IReadOnlyList<InspectedFile> Inspect(ExportDocument document, bool keepContent = false) =>
        Identify(document).Select(e => Read(e, keepContent)).ToList();

    public IReadOnlyList<IdentifiedExport> IdentifyFile(string path) => Identify(ExportDocument.FromFile(path, _limits));

    public IReadOnlyList<IdentifiedExport> Identify(ExportDocument document)
    {
        try
        {
            if (document.IsZip()) return IdentifyZip(document);
        }
        catch (ExportReadException ex)
        {
            return [Refused(document, ExportIdentity.Unknown(ex.Message), new FileError(ex.Message, ex.Line, ex.Column))];
        }
        catch (IOException ex)
        {
            return [Refused(document, ExportIdentity.Unknown("Fichier illisible."), new FileError($"Fichier illisible : {ex.Message}"))];
        }

        return [IdentifyXml(document)];
    }

    /// <summary>Reads an identified export; a refused one is returned as it was refused.</summary>
    public InspectedFile Read(IdentifiedExport export, bool keepContent = false) =>
        export.Refused ?? ReadWith(export.Document, export.Identity, keepContent);

    private IReadOnlyList<IdentifiedExport> IdentifyZip(ExportDocument zip)
    {
        var entries = zip.ListZipEntries();
        if (entries.Any(e => ExportIdentifier.UdCalName().IsMatch(Path.GetFileName(e.FullName))))
        {
            // The archive's name carries the UAI and time (ODE's naming); the UDT reader confirms them and finds the year.
            var (uai, date) = Readers.Udt.UdtZipName.Parse(zip.FileName);
            return [new IdentifiedExport(zip, new ExportIdentity(ExportKind.Udt, uai, null, date))];
        }

        var xmlEntries = entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();
        if (xmlEntries.Count == 0)
        {
            var reason = "Archive zip sans fichier XML : aucun export reconnu à l'intérieur.";
            return [Refused(zip, ExportIdentity.Unknown(reason), new FileError(reason))];
        }

        return xmlEntries.Select(e => IdentifyXml(zip.ZipEntry(e))).ToList();
    }

    private static IdentifiedExport IdentifyXml(ExportDocument document)
    {
        ExportIdentity identity;
        try
        {
            identity = ExportIdentifier.Identify(document);
        }
        catch (ExportReadException ex)
        {
            return Refused(document, ExportIdentity.Unknown(ex.Message), new FileError(ex.Message, ex.Line, ex.Column));
        }

        if (identity.Kind == ExportKind.Unknown)
        {
            return Refused(document, identity, new FileError(identity.Reason ?? "Export non reconnu."));
        }

        return new IdentifiedExport(document, identity with { Notes = [.. document.EncodingWarnings, .. identity.Notes] });
    }

    private InspectedFile ReadWith(ExportDocument document, ExportIdentity identity, bool keepContent)
    {
        var reader = catalog.For(identity.Kind);
        if (reader is null)
        {
            return Failed(document, identity, new FileError($"Aucun lecteur pour les fichiers {identity.Kind}."));
        }

        try
        {
            var result = reader.Read(document, identity);
            var warnings = identity.Notes.Concat(result.Warnings).ToList();
            return new InspectedFile(document.DisplayName, result.Identity, null, warnings, result.Content.Counts)
            {
                Content = keepContent ? result.Content : null,
            };
        }
        catch (XmlException ex)
        {
            return Failed(document, identity, XmlErrorTranslator.Translate(ex));
        }
        catch (ExportReadException ex)
        {
            return Failed(document, identity, new FileError(ex.Message, ex.Line, ex.Column));
        }
        catch (IOException ex)
        {
            return Failed(document, identity, new FileError($"Fichier illisible : {ex.Message}"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in a reader must not stop the other files; the type name is enough to find it, no content is echoed.
            return Failed(document, identity, new FileError(
                $"Erreur interne d'EntSync en lisant ce fichier ({ex.GetType().Name}) : le fichier est peut-être inhabituel ; signalez-le aux mainteneurs."));
        }
    }

    private static IdentifiedExport Refused(ExportDocument document, ExportIdentity identity, FileError error) =>
        new(document, identity) { Refused = Failed(document, identity, error) };

    private static InspectedFile Failed(ExportDocument document, ExportIdentity identity, FileError error) =>
        new(document.DisplayName, identity, error, identity.Notes, null);
}
