namespace EntSync.Core.Rules.Siecle;

/// <summary>Subjects made of SIECLE ids: sorted numerically (shorter first), so the same problem keeps the same subject.</summary>
internal static class SiecleIds
{
    public static readonly IComparer<string> Order = Comparer<string>.Create((a, b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));

    /// <summary>« PERSONNE_ID:2000001+2000190 ».</summary>
    public static string Subject(string kind, IEnumerable<string> ids) => $"{kind}:{string.Join("+", ids.Order(Order))}";
}
