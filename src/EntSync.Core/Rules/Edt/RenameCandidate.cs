namespace EntSync.Core.Rules.Edt;

/// <summary>A vanished structure and an appeared one, with what they have in common.</summary>
internal sealed record RenameCandidate(StructureFootprint Old, StructureFootprint New, int CommonPupils, int CommonCours)
{
    public double Score { get; init; }

    /// <summary>
    /// The weaker of the measures both sides can be judged on: pupils (when both exports carry them) and (subject, teacher)
    /// pairs. A measure empty on both sides says nothing; empty on one side only, it says "different".
    /// </summary>
    public double Similarity(bool comparePupils)
    {
        var scores = new List<double>(2);
        if (comparePupils) Add(scores, CommonPupils, Old.Eleves.Count, New.Eleves.Count);
        Add(scores, CommonCours, Old.Cours.Count, New.Cours.Count);
        return scores.Count == 0 ? 0 : scores.Min();
    }

    private static void Add(List<double> scores, int common, int a, int b)
    {
        var larger = Math.Max(a, b);
        if (larger > 0) scores.Add(common / (double)larger);
    }
}
