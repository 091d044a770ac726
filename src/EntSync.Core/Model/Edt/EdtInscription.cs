namespace EntSync.Core.Model.Edt;

/// <summary>
/// A dated membership: a pupil in a class, partie de classe or group (or, seen from a group, one of its pupils).
/// A value type, because a lycée export holds hundreds of thousands of them.
/// </summary>
public readonly record struct EdtInscription(string Ident, DateOnly? DateEntree, DateOnly? DateSortie);
