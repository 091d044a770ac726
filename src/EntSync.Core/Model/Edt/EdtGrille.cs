namespace EntSync.Core.Model.Edt;

/// <summary>
/// The school year and time grid of a clear EDT export (AnneeScolaire + GrilleHoraire). Week masks count weeks from
/// <see cref="DatePremierJourSemaine1"/>; courses name places by <see cref="EdtPlace.Numero"/>.
/// </summary>
public sealed record EdtGrille
{
    public DateOnly? DateDebut { get; init; }
    public DateOnly? DateFin { get; init; }
    public DateOnly? DatePremierJourSemaine1 { get; init; }
    public int? NombrePlacesParJour { get; init; }
    /// <summary>Minutes.</summary>
    public int? DureePlace { get; init; }
    /// <summary>1 = lundi … 7 = dimanche.</summary>
    public IReadOnlyList<int> JoursOuvres { get; init; } = [];
    public IReadOnlyList<EdtPlace> Places { get; init; } = [];
}
