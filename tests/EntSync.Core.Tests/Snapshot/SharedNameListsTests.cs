using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Tests.Snapshot;

public sealed class SharedNameListsTests
{
    [Fact]
    public void Of_SameNamesInSameOrder_OneSharedList()
    {
        var lists = new SharedNameLists();

        var first = lists.Of(new List<string> { "6A", "6A-ESP" }.Select(n => n));
        var second = lists.Of(["6" + "A", "6A-ESP"]);

        Assert.Equal(["6A", "6A-ESP"], first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Of_OtherOrderOrOtherNames_Distinct()
    {
        var lists = new SharedNameLists();

        var first = lists.Of(["6A", "6B"]);

        Assert.Equal(["6B", "6A"], lists.Of(["6B", "6A"]));
        Assert.NotSame(first, lists.Of(["6B", "6A"]));
        Assert.Equal(["6A"], lists.Of(["6A"]));
        Assert.Empty(lists.Of([]));
    }
}
