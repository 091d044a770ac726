namespace EntSync.Core.Model.Siecle;

/// <summary>A MEF of the nomenclature (MEF @CODE_MEF, 11 characters).</summary>
public sealed record Mef
{
    public required string CodeMef { get; init; }
    public string? Formation { get; init; }
    public string? LibelleLong { get; init; }
    public string? LibelleEdition { get; init; }
    public string? MefRattachement { get; init; }
    public int Line { get; init; }
}
