namespace EntSync.Core.Rules;

/// <summary>How serious an anomaly is. Names are printed and serialised: never rename one.</summary>
public enum Severity
{
    /// <summary>Breaks something in the ENT or in SIECLE (no classes, duplicate accounts, rejected import).</summary>
    Erreur,

    /// <summary>Likely to cause trouble soon, or degrades what users get.</summary>
    Attention,

    /// <summary>Worth knowing, nothing to fix urgently.</summary>
    Info,
}
