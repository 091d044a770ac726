namespace EntSync.Core.Model.EleveGroupe;

/// <summary>Which identifier a pupil of an élève-groupe file carries; SIECLE's schema requires exactly one.</summary>
public enum EleveGroupeIdentifiant
{
    Aucun,
    EleveId,
    IdNational,
    IdPrvEle,
    Plusieurs,
}
