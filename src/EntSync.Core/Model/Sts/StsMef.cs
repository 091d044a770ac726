namespace EntSync.Core.Model.Sts;

/// <summary>A MEF of STS-Web's nomenclature (11-character code).</summary>
public sealed record StsMef(string Code, string? Formation, string? LibelleLong, string? LibelleEdition);
