using System.Globalization;
using EntSync.Core.Model.Udt;

namespace EntSync.Core.Readers.Udt;

/// <summary>
/// Resolves a fiche code to its day and hours: fiche (UDCal_11) → jour + demi_seq (2 digits) + site → the demi_seq of
/// UDCal_07 keyed by code_jour + code (2 digits) + code_site, as ODE does. Unknown fiches or slots resolve to null.
/// Fiches are few (one per slot of the week), so each is resolved once, not once per course.
/// </summary>
internal sealed class UdtSlots
{
    private readonly Dictionary<string, (int? Jour, string? Debut, string? Fin)> _fiches = new(StringComparer.Ordinal);

    public UdtSlots(IReadOnlyList<UdtFiche> fiches, IReadOnlyList<UdtDemiSequence> demiSequences)
    {
        var slots = new Dictionary<string, UdtDemiSequence>(StringComparer.Ordinal);
        foreach (var d in demiSequences) slots.TryAdd(SlotKey(d.CodeJour, d.Code, d.CodeSite), d);
        foreach (var f in fiches)
        {
            if (f.Code is null || _fiches.ContainsKey(f.Code)) continue;
            int? jour = int.TryParse(f.Jour, NumberStyles.None, CultureInfo.InvariantCulture, out var j) ? j : null;
            var slot = slots.GetValueOrDefault(SlotKey(f.Jour, f.DemiSeq, f.Site));
            _fiches[f.Code] = (jour, slot?.HreDeb, slot?.HreFin);
        }
    }

    public (int? Jour, string? Debut, string? Fin) Of(string fiche) => _fiches.GetValueOrDefault(fiche);

    private static string SlotKey(string? jour, string? demiSeq, string? site) =>
        $"{jour}|{(demiSeq ?? "").PadLeft(2, '0')}|{site}";
}
