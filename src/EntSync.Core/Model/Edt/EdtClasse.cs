namespace EntSync.Core.Model.Edt;

/// <summary>A class (≈ SIECLE/STS division) and the idents of its parties de classe.</summary>
public sealed record EdtClasse(string Ident, string? Nom, IReadOnlyList<string> PartiesDeClasse);
