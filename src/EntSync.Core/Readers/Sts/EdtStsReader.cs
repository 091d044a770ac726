using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Sts;

/// <summary>
/// Reads the timetable software's upload to STS-Web (emp_sts, root EDT_STS; FORMATS.md §8): week patterns, structures,
/// services and the courses under each teacher. The UAI is PARAMETRES/UAJ as text; the file carries no year, so the
/// identifier takes it from the name and this reader, failing that, from the first week of the week patterns.
/// </summary>
internal sealed class EdtStsReader : IExportReader
{
    public ExportKind Kind => ExportKind.EdtSts;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var warnings = new WarningCollector();
        var fields = new StsFields(warnings);
        var structures = new StsStructureParser(fields);
        var alternances = new List<Alternance>();
        var divisions = new List<StsDivision>();
        var groupes = new List<StsGroupe>();
        LightElement? parametres = null;

        using (var reader = document.OpenXml())
        {
            StsReading.ExpectRoot(reader, "EDT_STS", "un fichier emp_sts (envoi de l'emploi du temps vers STS-Web)");
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "PARAMETRES" when parametres is null:
                        parametres = LightElement.Read(r);
                        break;
                    case "ALTERNANCE":
                        alternances.Add(ReadAlternance(LightElement.Read(r), fields));
                        break;
                    case "DIVISION":
                        divisions.Add(structures.Division(LightElement.Read(r)));
                        break;
                    case "GROUPE":
                        groupes.Add(structures.Groupe(LightElement.Read(r)));
                        break;
                }
            }
        }

        var content = new EdtStsExport
        {
            Alternances = alternances,
            Divisions = divisions,
            Groupes = groupes,
            Services = structures.Services,
            Cours = structures.Cours,
        };
        var completed = identity with
        {
            Uai = identity.Uai ?? parametres?.Value("UAJ") ?? parametres?.Child("UAJ")?.Attr("CODE"),
            SchoolYear = identity.SchoolYear ?? YearOfFirstWeek(alternances),
        };
        return new ReadResult(completed, content, warnings.ToList());
    }

    private static Alternance ReadAlternance(LightElement e, StsFields fields)
    {
        var semaines = new List<DateOnly>();
        foreach (var s in StsStructureParser.Items(e, "SEMAINES", "DATE_DEBUT_SEMAINE"))
        {
            var text = s.Text.Trim();
            if (text.Length == 0) continue;
            if (ExportDates.ParseDate(text) is { } d)
            {
                semaines.Add(d);
            }
            else
            {
                fields.Warnings.Add(StsFields.DateIllisible,
                    $"Date de semaine illisible (« {text} », attendu AAAA-MM-JJ) ligne {s.Line} : cette semaine est ignorée.", s.Line);
            }
        }

        return new Alternance(StsStructureParser.Code(e) ?? "", e.Value("LIBELLE_COURT"), e.Value("LIBELLE_LONG"), semaines);
    }

    private static int? YearOfFirstWeek(List<Alternance> alternances)
    {
        DateOnly? first = null;
        foreach (var a in alternances)
        {
            foreach (var s in a.Semaines)
            {
                if (first is null || s < first) first = s;
            }
        }

        return first is { } d ? ExportDates.SchoolYearOf(d.ToDateTime(TimeOnly.MinValue)) : null;
    }
}
