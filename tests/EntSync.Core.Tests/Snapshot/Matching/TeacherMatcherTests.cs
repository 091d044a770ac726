using EntSync.Core.Model.Sts;
using EntSync.Core.Snapshot.Matching;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Tests.Snapshot.Matching;

public sealed class TeacherMatcherTests
{
    private static readonly DateOnly Born = new(1975, 6, 2);

    private static readonly TeacherMatcher Matcher = new(
    [
        new Individu { Id = "501", NomUsage = "LE BŒUF-MARTIN", NomPatronymique = "MARTIN", Prenom = "Anne-Sophie", DateNaissance = Born },
        new Individu { Id = "502", NomUsage = "DUPONT", NomPatronymique = "DUPONT", Prenom = "Jean", DateNaissance = Born },
        new Individu { Id = "503", NomUsage = "DUPONT", NomPatronymique = "DUPONT", Prenom = "Jean", DateNaissance = new DateOnly(1990, 1, 1) },
        new Individu { Id = "504", NomUsage = "SANSDATE", NomPatronymique = "SANSDATE", Prenom = "Rémi" },
    ]);

    private static IEnumerable<string> Ids(string? idSts, string? nom, string? prenom, DateOnly? naissance) =>
        Matcher.Match(new TimetableEnseignant("k", idSts, nom, prenom, naissance)).Select(i => i.Id);

    [Fact]
    public void Match_StsId_WinsOverTheName()
    {
        Assert.Equal(["502"], Ids("502", "AUTRE", "Nom", null));
        Assert.Equal(["501"], Ids(" 501 ", null, null, null));
    }

    [Fact]
    public void Match_UnknownId_FallsBackToNameAndBirthDate()
    {
        Assert.Equal(["501"], Ids("999", "le boeuf martin", "ANNE SOPHIE", Born));
    }

    [Fact]
    public void Match_NameAndBirthDate_EitherNameOfStsAndAccentsIgnored()
    {
        Assert.Equal(["501"], Ids(null, "Martin", "anne-sophie", Born));
        Assert.Equal(["503"], Ids(null, "DUPONT", "Jean", new DateOnly(1990, 1, 1)));
        Assert.Empty(Ids(null, "DUPONT", "Jean", new DateOnly(1980, 1, 1)));
    }

    [Fact]
    public void Match_NoBirthDateInTheTimetable_NameAloneGivesEveryHomonym()
    {
        Assert.Equal(["502", "503"], Ids(null, "Dupont", "JEAN", null));
    }

    [Fact]
    public void Match_NoBirthDateInSts_NameDecides()
    {
        Assert.Equal(["504"], Ids(null, "SANSDATE", "Remi", Born));
    }

    [Fact]
    public void Match_NoIdNoName_IsUnknown()
    {
        Assert.Empty(Ids(null, null, null, null));
        Assert.Empty(Ids("999", null, null, null));
    }
}
