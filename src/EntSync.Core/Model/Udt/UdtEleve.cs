namespace EntSync.Core.Model.Udt;

/// <summary>A pupil (UDCal_10 <c>eleve</c>). UDT carries no INE: ODE matches pupils on names and birth date.</summary>
public sealed record UdtEleve(string? Code, string? Nom, string? Prenom, DateOnly? Naissance);
