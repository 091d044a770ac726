namespace EntSync.Core.Model.Sts;

/// <summary>
/// An STS "service": one structure (division, or group when <see cref="SurGroupe"/>) × one subject, taught by
/// <see cref="Enseignants"/> (INDIVIDU ids). <see cref="CodeModCours"/> is the teaching mode ("CG" cours général…),
/// absent in EDT_STS files.
/// </summary>
public sealed record StsService
{
    public required string StructureCode { get; init; }
    public required bool SurGroupe { get; init; }
    public required string CodeMatiere { get; init; }
    public string? CodeModCours { get; init; }
    public IReadOnlyList<string> Enseignants { get; init; } = [];
    public int Line { get; init; }
}
