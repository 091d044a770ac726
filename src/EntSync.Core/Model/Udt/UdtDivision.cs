namespace EntSync.Core.Model.Udt;

/// <summary>A class (UDCal_08 <c>div</c>); <see cref="CodeSts"/> is the STS-Web / SIECLE division code.</summary>
public sealed record UdtDivision(string? Code, string? Libelle, string? CodeSts, string? CodeGep);
