using System.Xml;
using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Reads the clear EDT/PRONOTE export to an ENT (ExportEmploiDuTemps), one record at a time. Only the containers of the
/// 2013 schema are read; the entity types newer exports add (Personnels, Materiels, Etiquettes, Absences, Responsables…)
/// are skipped unread, whatever their size.
/// </summary>
internal sealed class EdtClairReader : IExportReader
{
    public ExportKind Kind => ExportKind.EdtClair;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        using var reader = document.OpenXml();
        reader.MoveToContent();
        var builder = new EdtClairBuilder(RootAttribute(reader, "Version"), RootAttribute(reader, "UAI"));
        string? container = null;
        foreach (var r in reader.StartElements())
        {
            if (r.Depth == 1)
            {
                container = null;
                switch (r.LocalName)
                {
                    case "AnneeScolaire": builder.AnneeScolaire(LightElement.Read(r)); break;
                    case "GrilleHoraire": builder.GrilleHoraire(LightElement.Read(r)); break;
                    case "Matieres" or "Professeurs" or "Classes" or "Groupes" or "Salles" or "Eleves" or "Cours":
                        container = r.LocalName;
                        break;
                    default: r.Skip(); break;
                }
            }
            else if (r.Depth == 2 && container is not null)
            {
                builder.Add(container, LightElement.Read(r));
            }
        }

        var (export, warnings) = builder.Build();
        var debut = export.Grille.DateDebut;
        var completed = identity with
        {
            Uai = identity.Uai ?? export.Uai,
            SchoolYear = identity.SchoolYear ?? (debut is { } d ? ExportDates.SchoolYearOf(d.ToDateTime(TimeOnly.MinValue)) : null),
        };
        return new ReadResult(completed, export, warnings);
    }

    /// <summary>Index files vary the case of attribute names (IDPN / IdPN), the root's included.</summary>
    private static string? RootAttribute(XmlReader reader, string name)
    {
        string? value = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase)) value = reader.Value.Trim();
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }
}
