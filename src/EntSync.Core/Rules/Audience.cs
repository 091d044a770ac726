namespace EntSync.Core.Rules;

/// <summary>Who fixes it: the report groups anomalies by audience. Names are serialised: never rename one.</summary>
public enum Audience
{
    /// <summary>Secrétariat: SIECLE Base élèves (pupils, guardians).</summary>
    Secretariat,

    /// <summary>Chef d'établissement / adjoint: STS-Web (structures, services) and decisions.</summary>
    Direction,

    /// <summary>Whoever builds the timetable in EDT or UDT.</summary>
    EmploiDuTemps,

    /// <summary>The ENT administrator (RUPN): files, imports, the relay.</summary>
    AdministrateurEnt,
}
