namespace EntSync.Core.Model.Udt;

/// <summary>
/// One line of a fiche (UDCal_12 / UDCal_12_WW <c>ligfiche</c>): what happens in that slot. <see cref="Semaine"/> is the
/// ISO week of a UDCal_12_WW file, null for the yearly UDCal_12.
/// </summary>
public sealed record UdtLigneFiche
{
    public string? Code { get; init; }
    public string? Fic { get; init; }
    public string? Div { get; init; }
    public string? Mat { get; init; }
    public string? Prof { get; init; }
    public string? Salle { get; init; }
    public string? Rgpmt { get; init; }
    public string? Gpe { get; init; }
    public string? IdGpe { get; init; }
    public int? Semaine { get; init; }
}
