using EntSync.Core.Model;

namespace EntSync.Core.Identification;

/// <summary>
/// What a file is, decided from its content. <see cref="Uai"/>, <see cref="SchoolYear"/> (start year: 2026 = 2026-2027)
/// and <see cref="ExportDate"/> are null when the format does not carry them; readers may complete them.
/// <see cref="Reason"/> explains, in French, why a file is <see cref="ExportKind.Unknown"/>.
/// </summary>
public sealed record ExportIdentity(ExportKind Kind, string? Uai, int? SchoolYear, DateTime? ExportDate)
{
    public string? Reason { get; init; }

    /// <summary>Sub-kind when it matters, e.g. "AvecAdresses" or the encrypted export's LOGICIEL.</summary>
    public string? Variant { get; init; }

    /// <summary>Remarks made while identifying (French), e.g. an emp_sts file given where sts_emp is expected.</summary>
    public IReadOnlyList<Readers.ReadWarning> Notes { get; init; } = [];

    public static ExportIdentity Unknown(string reason) => new(ExportKind.Unknown, null, null, null) { Reason = reason };
}
