namespace EntSync.Core.Model.Udt;

/// <summary>A subject (UDCal_05 <c>mat</c>); <see cref="CodeGep1"/> is the national 6-digit subject code.</summary>
public sealed record UdtMatiere(string? Code, string? Libelle, string? CodeGep1);
