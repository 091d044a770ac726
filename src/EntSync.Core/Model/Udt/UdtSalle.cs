namespace EntSync.Core.Model.Udt;

/// <summary>A room (UDCal_03 <c>salle</c>).</summary>
public sealed record UdtSalle(string? Code, string? Nom);
