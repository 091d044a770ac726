namespace EntSync.Core.Model.Sts;

/// <summary>A class (STRUCTURE/DIVISIONS/DIVISION): its MEFs and its services. Codes are kept exactly (inner spaces too).</summary>
public sealed record StsDivision
{
    public required string Code { get; init; }
    public string? LibelleLong { get; init; }
    public int? EffectifPrevu { get; init; }
    public IReadOnlyList<string> Mefs { get; init; } = [];
    public IReadOnlyList<StsService> Services { get; init; } = [];
    public int Line { get; init; }
}
