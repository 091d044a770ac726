namespace EntSync.Core.Model.Udt;

/// <summary>
/// A teacher (UDCal_04 <c>prof</c>). <see cref="Epj"/> is the STS-Web INDIVIDU id (ODE's externalId);
/// ODE ignores a prof without <see cref="CodeMatppl"/> (main subject), usually a non-teaching member of staff.
/// </summary>
public sealed record UdtProfesseur
{
    public string? Code { get; init; }
    public string? Epj { get; init; }
    public string? Nom { get; init; }
    public string? Prenom { get; init; }
    public string? Civilite { get; init; }
    public string? Mail { get; init; }
    public DateOnly? DateNaissance { get; init; }
    public string? CodeMatppl { get; init; }
}
