namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// SOURCE-MUETTE: per export kind, the days without a new file after which the report flags it; 0 = not watched. The
/// timetable kinds depend on the software a school uses, so only SIECLE and STS-Web are watched by default.
/// </summary>
public sealed class SourceMuetteOptions
{
    public int SiecleEleves { get; set; } = 14;
    public int SiecleResponsables { get; set; } = 14;
    public int SiecleNomenclatures { get; set; }
    public int SiecleStructures { get; set; }
    public int SiecleCommun { get; set; }
    public int StsEmp { get; set; } = 30;
    public int EdtSts { get; set; }
    public int EdtChiffre { get; set; }
    public int EdtClair { get; set; }
    public int EdtTexte { get; set; }
    public int Udt { get; set; }
    public int EleveGroupe { get; set; }
}
