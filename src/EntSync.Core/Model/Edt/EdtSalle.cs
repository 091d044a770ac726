namespace EntSync.Core.Model.Edt;

public sealed record EdtSalle(string Ident, string? Nom);
