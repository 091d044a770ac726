namespace EntSync.Core.Model.Sts;

/// <summary>A subject of STS-Web's nomenclature: the 6-digit <see cref="Code"/> is SIECLE's CODE_MATIERE.</summary>
public sealed record StsMatiere(string Code, string? CodeGestion, string? LibelleCourt, string? LibelleLong, string? LibelleEdition);
