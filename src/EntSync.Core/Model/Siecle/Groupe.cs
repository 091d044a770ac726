namespace EntSync.Core.Model.Siecle;

/// <summary>A group of Structures.xml (GROUPE @CODE_STRUCTURE) and the divisions it draws its pupils from.</summary>
public sealed record Groupe
{
    public required string Code { get; init; }
    public string? LibelleLong { get; init; }
    public IReadOnlyList<string> Mefs { get; init; } = [];
    public IReadOnlyList<string> Divisions { get; init; } = [];
    public int Line { get; init; }
}
