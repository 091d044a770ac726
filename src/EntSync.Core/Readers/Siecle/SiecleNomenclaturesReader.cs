using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// Reads Nomenclature.xml: MEFs and subjects (the other blocks — programmes, options, modalités — are not needed yet).
/// Codes are attributes here (@CODE_MEF, @CODE_MATIERE); @CODE, the STS-Web spelling, is accepted too.
/// </summary>
internal sealed class SiecleNomenclaturesReader : IExportReader
{
    public ExportKind Kind => ExportKind.SiecleNomenclatures;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var warnings = new SiecleWarnings();
        var fields = new SiecleFields(warnings);
        var mefs = new List<Mef>();
        var matieres = new List<Matiere>();
        string? version = null;

        using (var reader = document.OpenXml())
        {
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "BEE_NOMENCLATURES" when r.Depth == 0:
                        version = BeeEnvelope.Version(r);
                        break;
                    case "PARAMETRES" when r.Depth == 1:
                        identity = BeeEnvelope.Complete(identity, LightElement.Read(r));
                        break;
                    case "MEF" when r.Depth == 3:
                        if (ReadMef(LightElement.Read(r), fields) is { } mef) mefs.Add(mef);
                        break;
                    case "MATIERE" when r.Depth == 3:
                        matieres.Add(ReadMatiere(LightElement.Read(r)));
                        break;
                }
            }
        }

        return new ReadResult(identity, new SiecleNomenclaturesExport(version, mefs, matieres), warnings.ToList());
    }

    private static Mef? ReadMef(LightElement e, SiecleFields fields)
    {
        var code = e.Attr("CODE_MEF") ?? e.Attr("CODE") ?? e.Value("CODE_MEF");
        if (code is null) return null;
        return new Mef
        {
            CodeMef = code,
            Formation = e.Value("FORMATION"),
            LibelleLong = e.Value("LIBELLE_LONG"),
            LibelleEdition = e.Value("LIBELLE_EDITION"),
            MefRattachement = fields.Code(e.Value("MEF_RATTACHEMENT")),
            Line = e.Line,
        };
    }

    private static Matiere ReadMatiere(LightElement e) => new()
    {
        CodeMatiere = e.Attr("CODE_MATIERE") ?? e.Attr("CODE") ?? e.Value("CODE_MATIERE"),
        CodeGestion = e.Value("CODE_GESTION"),
        LibelleCourt = e.Value("LIBELLE_COURT"),
        LibelleLong = e.Value("LIBELLE_LONG"),
        LibelleEdition = e.Value("LIBELLE_EDITION"),
        Line = e.Line,
    };
}
