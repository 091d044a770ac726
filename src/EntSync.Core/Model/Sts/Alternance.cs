namespace EntSync.Core.Model.Sts;

/// <summary>
/// A week pattern of an EDT_STS file (ALTERNANCE): its code (school-defined: H, Q1, Q2…) and the first day of every
/// week it covers. The meaning (weekly, fortnightly) is not in the file, only the weeks.
/// </summary>
public sealed record Alternance(string Code, string? LibelleCourt, string? LibelleLong, IReadOnlyList<DateOnly> Semaines);
