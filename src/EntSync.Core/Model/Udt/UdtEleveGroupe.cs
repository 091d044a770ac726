namespace EntSync.Core.Model.Udt;

/// <summary>
/// A pupil's membership (UDCal_21 <c>ele_gpe</c>): of a group when <see cref="Gpe"/> is set, else of the division
/// <see cref="CodeDiv"/>. ODE skips memberships whose <see cref="Theorique"/> is "0".
/// </summary>
public sealed record UdtEleveGroupe(string? Ele, string? Gpe, string? CodeDiv, string? Semaines, string? Theorique);
