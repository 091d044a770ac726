namespace EntSync.Core.Model.Edt;

/// <summary>
/// A partie de classe: a subset of one class's pupils that groups are built from. The clear export only names it by
/// ident under its class (no label), so its class is what identifies it for people.
/// </summary>
public sealed record EdtPartieDeClasse(string Ident, string ClasseIdent);
