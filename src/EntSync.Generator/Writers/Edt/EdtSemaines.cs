using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// Index Education's week masks: bit i set = the course takes place in week i, weeks counted from the Monday of the
/// first school week (week 1). The generator has no holidays, so "H" is every week of the year.
/// </summary>
internal static class EdtSemaines
{
    public static int NombreDeSemaines(GeneratedSchool school) =>
        Math.Min(63, (school.FinAnnee.DayNumber - school.PremierLundi.DayNumber) / 7 + 1);

    /// <summary>"H" every week, "Q1" odd weeks, "Q2" even weeks.</summary>
    public static ulong Masque(string? alternance, int semaines)
    {
        ulong mask = 0;
        for (var week = 1; week <= semaines; week++)
        {
            var taken = alternance switch
            {
                "Q1" => week % 2 == 1,
                "Q2" => week % 2 == 0,
                _ => true,
            };
            if (taken) mask |= 1UL << week;
        }

        return mask;
    }
}
