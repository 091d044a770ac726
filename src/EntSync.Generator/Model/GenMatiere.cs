namespace EntSync.Generator.Model;

/// <summary>A subject: 6-digit national code (SIECLE CODE_MATIERE = STS MATIERE/@CODE) and short management code.</summary>
public sealed record GenMatiere(string Code, string CodeGestion, string LibelleCourt, string LibelleLong);
