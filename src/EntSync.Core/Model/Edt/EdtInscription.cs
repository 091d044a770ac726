namespace EntSync.Core.Model.Edt;

/// <summary>A dated membership: a pupil in a class, partie de classe or group (or, seen from a group, one of its pupils).</summary>
public sealed record EdtInscription(string Ident, DateOnly? DateEntree, DateOnly? DateSortie);
