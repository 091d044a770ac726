namespace EntSync.Core.Model.Edt;

/// <summary>A subject; <see cref="Code"/> is the EDT short code (≈ STS CODE_GESTION).</summary>
public sealed record EdtMatiere(string Ident, string? Code, string? Libelle);
