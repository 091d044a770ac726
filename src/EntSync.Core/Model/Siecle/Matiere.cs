namespace EntSync.Core.Model.Siecle;

/// <summary>
/// A subject of the nomenclature: 6-digit <see cref="CodeMatiere"/> (= STS MATIERE/@CODE; SIECLE allows it to be null)
/// and its short management code.
/// </summary>
public sealed record Matiere
{
    public string? CodeMatiere { get; init; }
    public string? CodeGestion { get; init; }
    public string? LibelleCourt { get; init; }
    public string? LibelleLong { get; init; }
    public string? LibelleEdition { get; init; }
    public int Line { get; init; }
}
