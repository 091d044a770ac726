namespace EntSync.Core.Model.Udt;

/// <summary>A time slot of the timetable (UDCal_11 <c>fiche</c>): day, half-sequence and site.</summary>
public sealed record UdtFiche(string? Code, string? Jour, string? DemiSeq, string? Site);
