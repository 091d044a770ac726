using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// Reads Structures.xml (FORMATS.md §5): DIVISION and GROUPE @CODE_STRUCTURE with their MEFs and, for groups, the
/// divisions they draw from. No real sample is public, so the STS-Web spellings (@CODE attributes) are accepted too.
/// </summary>
internal sealed class SiecleStructuresReader : IExportReader
{
    public ExportKind Kind => ExportKind.SiecleStructures;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var divisions = new List<Division>();
        var groupes = new List<Groupe>();
        string? version = null;

        using (var reader = document.OpenXml())
        {
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "BEE_STRUCTURES" when r.Depth == 0:
                        version = BeeEnvelope.Version(r);
                        break;
                    case "PARAMETRES" when r.Depth == 1:
                        identity = BeeEnvelope.Complete(identity, LightElement.Read(r));
                        break;
                    case "DIVISION" when r.Depth == 3:
                        var d = LightElement.Read(r);
                        if (Code(d) is { } dc)
                        {
                            divisions.Add(new Division { Code = dc, LibelleLong = d.Value("LIBELLE_LONG"), Mefs = Mefs(d), Line = d.Line });
                        }

                        break;
                    case "GROUPE" when r.Depth == 3:
                        var g = LightElement.Read(r);
                        if (Code(g) is { } gc)
                        {
                            groupes.Add(new Groupe
                            {
                                Code = gc, LibelleLong = g.Value("LIBELLE_LONG"), Mefs = Mefs(g), Divisions = Divisions(g), Line = g.Line,
                            });
                        }

                        break;
                }
            }
        }

        return new ReadResult(identity, new SiecleStructuresExport(version, divisions, groupes), []);
    }

    private static string? Code(LightElement e) => e.Attr("CODE_STRUCTURE") ?? e.Attr("CODE") ?? e.Value("CODE_STRUCTURE");

    private static List<string> Mefs(LightElement e) =>
        Codes(e.Child("MEFS_APPARTENANCE"), "MEF_APPARTENANCE", "CODE_MEF", direct: null);

    private static List<string> Divisions(LightElement g) =>
        Codes(g.Child("DIVISIONS_APPARTENANCE"), "DIVISION_APPARTENANCE", "CODE_STRUCTURE", direct: g.Value("CODE_DIVISION"));

    /// <summary>Codes of a list written either as child text (SIECLE) or as a @CODE attribute (STS-Web form).</summary>
    private static List<string> Codes(LightElement? container, string item, string codeElement, string? direct)
    {
        var codes = new List<string>();
        if (container is not null)
        {
            foreach (var c in container.ChildrenNamed(item))
            {
                var code = c.Value(codeElement) ?? c.Attr(codeElement) ?? c.Attr("CODE") ?? c.Value("CODE");
                if (code is null && c.Children.Count == 0) code = c.Text.Trim() is { Length: > 0 } t ? t : null;
                if (code is not null && !codes.Contains(code)) codes.Add(code);
            }
        }

        if (direct is not null && !codes.Contains(direct)) codes.Add(direct);
        return codes;
    }
}
