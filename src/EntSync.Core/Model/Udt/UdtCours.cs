namespace EntSync.Core.Model.Udt;

/// <summary>
/// A course as ODE builds it: a run of lignes of one div + mat + prof + rgpmt + gpe whose codes (3-digit prefix) follow
/// each other, from <see cref="FicheDebut"/> to <see cref="FicheFin"/>, for one ISO <see cref="Semaine"/> when it comes
/// from a UDCal_12_WW file. <see cref="Jour"/> and the hours are resolved through UDCal_11 and UDCal_07 when present.
/// </summary>
public sealed record UdtCours
{
    public required string CodeLigne { get; init; }
    public required string FicheDebut { get; init; }
    public required string FicheFin { get; init; }
    public required int NombreLignes { get; init; }
    public required string Div { get; init; }
    public string? Mat { get; init; }
    public string? Prof { get; init; }
    public string? Salle { get; init; }
    public string? Rgpmt { get; init; }
    public string? Gpe { get; init; }
    public string? IdGpe { get; init; }
    public int? Semaine { get; init; }
    public int? Jour { get; init; }
    public string? HeureDebut { get; init; }
    public string? HeureFin { get; init; }
}
