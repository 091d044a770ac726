using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>
/// Reads ResponsablesSansAdresses.xml / ResponsablesAvecAdresses.xml in one streaming pass, in the old (RESP_LEGAL) or
/// the new (NIVEAU_RESPONSABILITE, 2019+) layout. Addresses come last in the file: persons are resolved at the end.
/// </summary>
internal sealed class SiecleResponsablesReader : IExportReader
{
    public ExportKind Kind => ExportKind.SiecleResponsables;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var warnings = new SiecleWarnings();
        var fields = new SiecleFields(warnings);
        var personnes = new List<Personne>();
        var liens = new List<ResponsableEleve>();
        var adresses = new List<Adresse>();
        var avecAdresses = false;
        string? version = null;

        using (var reader = document.OpenXml())
        {
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "BEE_RESPONSABLES" when r.Depth == 0:
                        version = BeeEnvelope.Version(r);
                        break;
                    case "PARAMETRES" when r.Depth == 1:
                        identity = BeeEnvelope.Complete(identity, LightElement.Read(r));
                        break;
                    case "PERSONNE" when r.Depth == 3:
                        personnes.Add(PersonneFields.Read(LightElement.Read(r), fields));
                        break;
                    case "RESPONSABLE_ELEVE" when r.Depth == 3:
                        liens.Add(PersonneFields.ReadLien(LightElement.Read(r), fields));
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

        if (adresses.Count > 0) ResolveAdresses(personnes, AdresseFields.ById(adresses));
        LegalRanks.Assign(liens, warnings);
        var variant = avecAdresses ? SiecleVariants.AvecAdresses : SiecleVariants.SansAdresses;
        var content = new SiecleResponsablesExport(version, variant, personnes, liens, adresses);
        return new ReadResult(identity with { Variant = identity.Variant ?? variant }, content, warnings.ToList());
    }

    private static void ResolveAdresses(List<Personne> personnes, Dictionary<string, Adresse> byId)
    {
        foreach (var p in personnes)
        {
            if (p.AdresseId is { } id && byId.TryGetValue(id, out var adresse)) p.Adresse = adresse;
        }
    }
}
