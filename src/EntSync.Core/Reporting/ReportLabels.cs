using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>French labels of severities and audiences, shared by every rendering of a check.</summary>
public static class ReportLabels
{
    public static IReadOnlyList<Audience> AudienceOrder { get; } = [Audience.Secretariat, Audience.Direction, Audience.EmploiDuTemps, Audience.AdministrateurEnt];

    public static string Of(Audience audience) => audience switch
    {
        Audience.Secretariat => "Secrétariat (SIECLE Base élèves)",
        Audience.Direction => "Direction (STS-Web)",
        Audience.EmploiDuTemps => "Emploi du temps (EDT / UDT)",
        _ => "Administrateur ENT (fichiers et envois)",
    };

    /// <summary>The audience as the configuration names it (destinataires, toutVaBien).</summary>
    public static string Key(Audience audience) => audience switch
    {
        Audience.Secretariat => "secretariat",
        Audience.Direction => "direction",
        Audience.EmploiDuTemps => "emploiDuTemps",
        _ => "administrateurEnt",
    };

    /// <summary>The audience in a few words, for lists and the CSV.</summary>
    public static string Short(Audience audience) => audience switch
    {
        Audience.Secretariat => "Secrétariat",
        Audience.Direction => "Direction",
        Audience.EmploiDuTemps => "Emploi du temps",
        _ => "Administrateur ENT",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Erreur => "Erreur",
        Severity.Attention => "Attention",
        _ => "Info",
    };

    public static string Count(int n, string singular, string plural) => $"{n} {(n > 1 ? plural : singular)}";

    public static string Summary(IReadOnlyCollection<Anomaly> anomalies) =>
        $"{Count(anomalies.Count(a => a.Severity == Severity.Erreur), "erreur", "erreurs")}, " +
        $"{Count(anomalies.Count(a => a.Severity == Severity.Attention), "avertissement", "avertissements")}, " +
        $"{Count(anomalies.Count(a => a.Severity == Severity.Info), "information", "informations")}";
}
