namespace EntSync.Core.Model.Siecle;

/// <summary>A class of Structures.xml (DIVISION @CODE_STRUCTURE). Codes are compared exactly: "3 A" keeps its space.</summary>
public sealed record Division
{
    public required string Code { get; init; }
    public string? LibelleLong { get; init; }
    public IReadOnlyList<string> Mefs { get; init; } = [];
    public int Line { get; init; }
}
