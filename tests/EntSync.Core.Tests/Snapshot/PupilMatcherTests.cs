using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Snapshot.Matching;
using EntSync.Core.Snapshot.Timetable;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Snapshot;

public sealed class PupilMatcherTests
{
    private static readonly PupilMatcher Matcher = new(
    [
        SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", ine: "123456789AB"),
        SiecleEleve("01000002", "LE BOEUF MARTIN", "JEAN PIERRE", "2013-07-01", idPrv: "4321"),
        SiecleEleve("1000003", "DURAND", "EMMA", "2014-01-20", nomUsage: "BERNARD"),
        SiecleEleve("1000004", "PETIT", "HUGO", "2014-05-05"),
    ]);

    private static TimetableEleve EdtEleve(string? eleveId, string? ine, string nom, string prenom, string? naissance) =>
        new("7", ine, eleveId, nom, prenom, naissance is null ? null : Day(naissance));

    [Fact]
    public void Match_ByEleveId_EvenWhenTheNamesDiffer()
    {
        Assert.Equal("1000004", Matcher.Match(EdtEleve("1000004", null, "PETITE", "Hugues", "2010-01-01"))?.EleveId);
    }

    [Fact]
    public void Match_ByEleveId_IgnoresLeadingZeros()
    {
        Assert.Equal("01000002", Matcher.Match(EdtEleve("1000002", null, "X", "Y", null))?.EleveId);
    }

    [Fact]
    public void Match_StaleEleveId_FallsBackToIne()
    {
        Assert.Equal("1000001", Matcher.Match(EdtEleve("9999999", "123456789ab", "AUTRE", "Nom", null))?.EleveId);
    }

    [Fact]
    public void Match_ByIdPrvEle_FromAnEleveGroupeFile()
    {
        var pupil = new EleveGroupeEleve { IdPrvEle = "4321", NomDeFamille = "Inconnu", Prenom = "X" };

        Assert.Equal("01000002", Matcher.Match(pupil)?.EleveId);
    }

    [Fact]
    public void Match_NameWithAccentsHyphensAndCase_MatchesSiecleSpelling()
    {
        var udt = EdtEleve(null, null, "Le Bœuf-Martin", "Jean-Pierre", "2013-07-01");

        Assert.Equal("01000002", Matcher.Match(udt)?.EleveId);
    }

    [Fact]
    public void Match_TimetableUsingTheNomUsage_MatchesByNomUsage()
    {
        Assert.Equal("1000003", Matcher.Match(EdtEleve(null, null, "Bernard", "Emma", "2014-01-20"))?.EleveId);
    }

    [Fact]
    public void Match_EleveGroupeNomUsage_IsTriedToo()
    {
        var pupil = GroupePupil(null, "INCONNU", "Léa", "2014-03-12") with { NomUsage = "Martin" };

        Assert.Equal("1000001", Matcher.Match(pupil)?.EleveId);
    }

    [Fact]
    public void Match_SameNameOtherBirthDate_IsNobody()
    {
        Assert.Null(Matcher.Match(EdtEleve(null, null, "MARTIN", "Léa", "2014-03-13")));
    }

    [Fact]
    public void Match_NameWithoutBirthDate_IsNobody()
    {
        Assert.Null(Matcher.Match(EdtEleve(null, null, "MARTIN", "Léa", null)));
    }

    [Fact]
    public void Match_UnknownIdsAndName_IsNobody()
    {
        Assert.Null(Matcher.Match(EdtEleve("5", "000000000ZZ", "NOUVEL", "Élève", "2014-03-12")));
    }
}
