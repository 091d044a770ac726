namespace EntSync.Generator.Model;

/// <summary>
/// A pupil–person link (SIECLE RESPONSABLE_ELEVE). <see cref="NiveauResponsabilite"/> 1 = responsable légal,
/// 2 = en charge, 3 = personne à contacter; <see cref="CodeParente"/> two characters ("10" mère, "20" père, "50" tuteur…).
/// <see cref="RespLegal"/> is the old layout's 1/2/0, derived for writers of that layout.
/// </summary>
public sealed record GenLienResponsable(int EleveId, int PersonneId, int NiveauResponsabilite, string CodeParente, bool PaieFrais, int RespLegal);
