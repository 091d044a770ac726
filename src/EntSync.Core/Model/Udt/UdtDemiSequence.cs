namespace EntSync.Core.Model.Udt;

/// <summary>A half-sequence of the daily grid (UDCal_07 <c>demi_seq</c>); hours as written (e.g. "08h00").</summary>
public sealed record UdtDemiSequence(string? Code, string? CodeJour, string? CodeSite, string? HreDeb, string? HreFin);
