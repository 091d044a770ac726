using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules.Siecle;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class LinkGroupsTests
{
    private static ResponsableEleve Lien(string eleve, string personne) => new() { EleveId = eleve, PersonneId = personne };

    private static readonly ResponsableEleve[] Liens =
        [Lien("E1", "P1"), Lien("E2", "P3"), Lien("E1", "P2"), Lien("E3", "P1"), Lien("E1", "P1")];

    [Fact]
    public void ByEleve_EachPupilsLinksInFileOrder()
    {
        var groups = new LinkGroups(Liens, l => l.EleveId);

        Assert.Equal(3, groups.Count);
        Assert.Equal([Liens[0], Liens[2], Liens[4]], groups["E1"]);
        Assert.Equal([Liens[1]], groups["E2"]);
        Assert.Equal([Liens[3]], groups.GetValueOrDefault("E3"));
        Assert.Equal(["E1", "E2", "E3"], groups.Keys);
        Assert.Equal(5, groups.Values.Sum(v => v.Count));
    }

    [Fact]
    public void ByPersonne_UnknownKey_NotFound()
    {
        var groups = new LinkGroups(Liens, l => l.PersonneId);

        Assert.True(groups.ContainsKey("P1"));
        Assert.False(groups.ContainsKey("P9"));
        Assert.False(groups.TryGetValue("P9", out _));
        Assert.Null(groups.GetValueOrDefault("P9"));
        Assert.Throws<KeyNotFoundException>(() => groups["P9"]);
        Assert.Equal([Liens[0], Liens[3], Liens[4]], groups["P1"]);
        Assert.Equal(Liens.GroupBy(l => l.PersonneId).Select(g => (g.Key, g.ToList())), groups.Select(kv => (kv.Key, kv.Value.ToList())));
    }

    [Fact]
    public void NoLinks_Empty()
    {
        var groups = new LinkGroups([], l => l.EleveId);

        Assert.Empty(groups);
        Assert.False(groups.ContainsKey(""));
    }
}
