namespace EntSync.Core.Model.Edt;

/// <summary>
/// One line of EDT's "export texte" of type Cours (TABLE/Cours, FORMATS.md §10): French display strings as EDT shows
/// them, with the duration and start time parsed. <see cref="ProfNom"/> may list several teachers separated by commas.
/// </summary>
public sealed record EdtTexteCours
{
    public string? Numero { get; init; }
    public string? Duree { get; init; }
    public int? DureeMinutes { get; init; }
    public string? Frequence { get; init; }
    public string? MatCode { get; init; }
    public string? MatLibelle { get; init; }
    public string? ProfNom { get; init; }
    public string? ProfPrenom { get; init; }
    /// <summary>A class, or a group/partie name when EDT exported "Nom complet des groupes et des parties".</summary>
    public string? Classe { get; init; }
    public string? Salle { get; init; }
    public string? Alternance { get; init; }
    public string? Modalite { get; init; }
    public string? CoEnseignement { get; init; }
    public string? Ponderation { get; init; }
    /// <summary>"lundi" … as written.</summary>
    public string? Jour { get; init; }
    /// <summary>1 = lundi … 7 = dimanche; null when the day is not recognised.</summary>
    public int? JourNumero { get; init; }
    public TimeOnly? HeureDebut { get; init; }
    public int? Effectif { get; init; }
    public int Line { get; init; }
}
