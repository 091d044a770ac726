using System.Globalization;
using EntSync.Core.Model.Udt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Udt;

/// <summary>Collects the records of every UDCal entry of one zip, then assembles the <see cref="UdtExport"/>.</summary>
internal sealed class UdtExportBuilder
{
    public List<string> Fichiers { get; } = [];
    public UdtInit? Init { get; set; }
    public string? Annee { get; set; }
    public DateOnly? DebutEleve { get; set; }
    public DateOnly? FinEleve { get; set; }
    public List<UdtFermeture> Fermetures { get; } = [];
    public List<UdtSalle> Salles { get; } = [];
    public List<UdtProfesseur> Professeurs { get; } = [];
    public List<UdtMatiere> Matieres { get; } = [];
    public List<UdtDemiSequence> DemiSequences { get; } = [];
    public List<UdtDivision> Divisions { get; } = [];
    public List<UdtEleve> Eleves { get; } = [];
    public List<UdtFiche> Fiches { get; } = [];
    public List<UdtLigneFiche> Lignes { get; } = [];
    public List<UdtGroupe> Groupes { get; } = [];
    public List<UdtEleveGroupe> ElevesGroupes { get; } = [];
    public List<ReadWarning> Warnings { get; } = [];
    public UdtCodePool Codes { get; } = new();

    /// <summary>A date kept as null when it cannot be read, with a warning naming the entry and the line.</summary>
    public DateOnly? Date(string? text, string entry, string field, int line)
    {
        if (text is null) return null;
        // UDT writes dd/MM/yyyy: one exact format first, the general parser only for anything else.
        var date = DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : ExportDates.ParseDate(text);
        if (date is null)
        {
            Warnings.Add(new ReadWarning("UDT-DATE-INVALIDE",
                $"{entry}, ligne {line} : date « {text} » illisible dans « {field} » (attendu jj/mm/aaaa) ; elle est ignorée.", line));
        }

        return date;
    }

    public UdtExport Build()
    {
        var (cours, ignored) = UdtCoursBuilder.Build(Lignes, Fiches, DemiSequences);
        if (ignored > 0)
        {
            Warnings.Add(new ReadWarning("UDT-LIGNE-IGNOREE",
                $"{ignored} ligne(s) de fiche sans division ou sans fiche (attributs div / fic vides) ne forment aucun cours, " +
                "comme à l'import ENT (ODE)."));
        }

        return new UdtExport
        {
            Fichiers = Fichiers,
            Init = Init,
            Calendrier = new UdtCalendrier(Annee, DebutEleve, FinEleve, Fermetures),
            Salles = Salles,
            Professeurs = Professeurs,
            Matieres = Matieres,
            DemiSequences = DemiSequences,
            Divisions = Divisions,
            Eleves = Eleves,
            Fiches = Fiches,
            Lignes = Lignes,
            Groupes = Groupes,
            ElevesGroupes = ElevesGroupes,
            Cours = cours,
        };
    }
}
