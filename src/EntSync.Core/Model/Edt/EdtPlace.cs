namespace EntSync.Core.Model.Edt;

/// <summary>One place of the daily grid; <see cref="Numero"/> starts at 0.</summary>
public sealed record EdtPlace(int Numero, TimeOnly? HeureDebut, TimeOnly? HeureFin);
