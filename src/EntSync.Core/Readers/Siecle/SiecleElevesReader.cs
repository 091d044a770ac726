using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// Reads ElevesSansAdresses.xml / ElevesAvecAdresses.xml in one streaming pass. STRUCTURES may come before ELEVES (a
/// synthetic file does it): blocks are kept by ELEVE_ID and joined to the pupils at the end, whatever the order.
/// </summary>
internal sealed class SiecleElevesReader : IExportReader
{
    public const string DuplicateStructuresCode = "STRUCTURES-ELEVE-EN-DOUBLE";
    public const string OrphanStructuresCode = "STRUCTURES-ELEVE-SANS-ELEVE";

    public ExportKind Kind => ExportKind.SiecleEleves;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var warnings = new SiecleWarnings();
        var fields = new SiecleFields(warnings);
        var eleves = new List<Eleve>();
        var structures = new Dictionary<string, StructuresEleveBlock>(StringComparer.Ordinal);
        var adresses = new List<Adresse>();
        var avecAdresses = false;
        string? version = null;

        using (var reader = document.OpenXml())
        {
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "BEE_ELEVES" when r.Depth == 0:
                        version = BeeEnvelope.Version(r);
                        break;
                    case "PARAMETRES" when r.Depth == 1:
                        identity = BeeEnvelope.Complete(identity, LightElement.Read(r));
                        break;
                    case "ELEVE" when r.Depth == 3:
                        eleves.Add(EleveFields.Read(LightElement.Read(r), fields));
                        break;
                    case "STRUCTURES_ELEVE" when r.Depth == 3:
                        AddStructures(LightElement.Read(r), structures, fields);
                        break;
                    case "ADRESSES" when r.Depth == 2:
                        avecAdresses = true;
                        break;
                    case "ADRESSE" when r.Depth == 3:
                        if (AdresseFields.Read(LightElement.Read(r), fields) is { } a) adresses.Add(a);
                        break;
                }
            }
        }

        Join(eleves, structures, warnings);
        var variant = avecAdresses ? SiecleVariants.AvecAdresses : SiecleVariants.SansAdresses;
        var content = new SiecleElevesExport(version, variant, eleves, adresses);
        return new ReadResult(identity with { Variant = identity.Variant ?? variant }, content, warnings.ToList());
    }

    private static void AddStructures(LightElement e, Dictionary<string, StructuresEleveBlock> structures, SiecleFields fields)
    {
        var id = e.Attr("ELEVE_ID") ?? e.Value("ELEVE_ID") ?? "";
        if (structures.TryGetValue(id, out var first))
        {
            WarnDuplicate(id, e.Line, first.Line, fields.Warnings);
            return;
        }

        structures[id] = StructuresEleveBlock.Read(e, id, fields);
    }

    // Apart so that the message closure is only allocated when the warning is raised.
    private static void WarnDuplicate(string id, int line, int firstLine, SiecleWarnings warnings) =>
        warnings.Add(DuplicateStructuresCode,
            () => $"Plusieurs blocs STRUCTURES_ELEVE pour l'élève ELEVE_ID={id} (ligne {line}) : seul le premier (ligne {firstLine}) est pris en compte. " +
                  "Signalez-le à l'assistance SIECLE si l'anomalie persiste après un nouvel export.",
            line);

    private static void Join(List<Eleve> eleves, Dictionary<string, StructuresEleveBlock> structures, SiecleWarnings warnings)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < eleves.Count; i++)
        {
            var eleve = eleves[i];
            if (!structures.TryGetValue(eleve.EleveId, out var block)) continue;
            used.Add(eleve.EleveId);
            eleves[i] = eleve with { Division = block.Division, Groupes = block.Groupes };
        }

        if (used.Count == structures.Count) return;
        foreach (var (id, block) in structures)
        {
            if (!used.Contains(id)) WarnOrphan(id, block.Line, warnings);
        }
    }

    private static void WarnOrphan(string id, int line, SiecleWarnings warnings) =>
        warnings.Add(OrphanStructuresCode,
            () => $"Bloc STRUCTURES_ELEVE pour ELEVE_ID={id} (ligne {line}) sans élève correspondant dans le fichier : il est ignoré.",
            line);
}
