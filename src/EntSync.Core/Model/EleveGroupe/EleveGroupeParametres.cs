namespace EntSync.Core.Model.EleveGroupe;

/// <summary>
/// The header of an élève-groupe file (IMPORT_ELEVES/PARAMETRES). SIECLE ignores <see cref="NumEnvoi"/> and
/// <see cref="Logiciel"/> but they tell which timetable software produced the file.
/// </summary>
public sealed record EleveGroupeParametres
{
    public string? Version { get; init; }
    public string? Uai { get; init; }
    public int? AnneeScolaire { get; init; }
    public DateOnly? DateImport { get; init; }
    public string? NumEnvoi { get; init; }
    public string? Logiciel { get; init; }
}
