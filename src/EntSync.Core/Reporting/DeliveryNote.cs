namespace EntSync.Core.Reporting;

/// <summary>
/// An earlier report that could not be delivered at once: when it was made, when it was finally delivered (null: given
/// up after the maximum age, kept in outbox/abandonnes/), how many attempts it took and the last error (French).
/// </summary>
public sealed record DeliveryNote(string Uai, string Subject, DateTime CreatedAt, DateTime? DeliveredAt, int Attempts, string? LastError);
