namespace EntSync.Generator.Model;

public sealed record GenAdresse(int AdresseId, string Ligne1, string CodePostal, string CodeCommuneInsee, string Commune);
