namespace EntSync.Core.Model.Udt;

/// <summary>
/// General parameters (UDCal_00 <c>init</c>): the ISO week of the first school week and the sequence length
/// (ODE uses half of it as the half-sequence length; the unit is not documented publicly).
/// </summary>
public sealed record UdtInit(int? PremiereSemaineIso, int? DureeSeq);
