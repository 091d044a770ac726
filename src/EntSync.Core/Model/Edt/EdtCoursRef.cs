namespace EntSync.Core.Model.Edt;

/// <summary>
/// A teacher, class, partie, group or room of a course, with the weeks it applies to: bit i of <see cref="Semaines"/>
/// set means week i counted from DatePremierJourSemaine1. An item without a mask takes every week. A value type: a
/// timetable holds several per course.
/// </summary>
public readonly record struct EdtCoursRef(string Ident, ulong Semaines)
{
    public const ulong ToutesLesSemaines = ulong.MaxValue;

    public bool EnSemaine(int semaine) => semaine is >= 0 and < 64 && (Semaines & (1UL << semaine)) != 0;
}
