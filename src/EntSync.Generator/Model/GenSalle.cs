namespace EntSync.Generator.Model;

public sealed record GenSalle(string Code, string Nom);
