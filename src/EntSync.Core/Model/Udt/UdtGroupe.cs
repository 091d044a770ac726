namespace EntSync.Core.Model.Udt;

/// <summary>
/// A group (UDCal_19 <c>gpe</c>). <see cref="Code"/> is only unique within <see cref="CodeDiv"/> (ODE keys groups by
/// code_div + code); <see cref="CodeSts"/> is the STS-Web group code; <see cref="Id"/> is what lignes call idgpe.
/// </summary>
public sealed record UdtGroupe(string? Code, string? CodeDiv, string? CodeSts, string? Nom, string? Id);
