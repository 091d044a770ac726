namespace EntSync.Core.Model.Sts;

/// <summary>A group (STRUCTURE/GROUPES/GROUPE): the divisions its pupils come from, its MEFs and its services.</summary>
public sealed record StsGroupe
{
    public required string Code { get; init; }
    public string? LibelleLong { get; init; }
    public int? EffectifPrevu { get; init; }
    public IReadOnlyList<string> Divisions { get; init; } = [];
    public IReadOnlyList<string> Mefs { get; init; } = [];
    public IReadOnlyList<StsService> Services { get; init; } = [];
    public int Line { get; init; }
}
