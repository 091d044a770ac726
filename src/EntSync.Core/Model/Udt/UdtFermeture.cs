namespace EntSync.Core.Model.Udt;

/// <summary>A closure of the school calendar (UDCal_24 <c>fermeture</c>), both days included.</summary>
public sealed record UdtFermeture(DateOnly? Debut, DateOnly? Fin);
