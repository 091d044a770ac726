namespace EntSync.Core.Model.Udt;

/// <summary>The school calendar (UDCal_24): <see cref="Annee"/> as written, pupils' first and last days, closures.</summary>
public sealed record UdtCalendrier(string? Annee, DateOnly? DebutEleve, DateOnly? FinEleve, IReadOnlyList<UdtFermeture> Fermetures)
{
    public static UdtCalendrier Empty { get; } = new(null, null, null, []);
}
