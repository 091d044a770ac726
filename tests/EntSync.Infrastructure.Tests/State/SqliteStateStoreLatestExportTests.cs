using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.State;

namespace EntSync.Infrastructure.Tests.State;

public sealed class SqliteStateStoreLatestExportTests : IDisposable
{
    private readonly TempStateDirectory _dir = new();
    private readonly SqliteStateStore _store;

    public SqliteStateStoreLatestExportTests() => _store = _dir.Open();

    [Fact]
    public async Task SetLatestExportAsync_NewerThenOlder_KeepsTheNewer()
    {
        var older = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));
        var newer = await Export(2, new DateTime(2026, 9, 5, 8, 0, 0));

        await _store.SetLatestExportAsync(newer, CancellationToken.None);
        await _store.SetLatestExportAsync(older, CancellationToken.None);

        Assert.Equal([newer], await _store.GetLatestExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_OlderThenNewer_ReplacesIt()
    {
        var older = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));
        var newer = await Export(2, new DateTime(2026, 9, 1, 8, 0, 1));

        await _store.SetLatestExportAsync(older, CancellationToken.None);
        await _store.SetLatestExportAsync(newer, CancellationToken.None);

        Assert.Equal([newer], await _store.GetLatestExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_SameDateReceivedLater_ReplacesIt()
    {
        var date = new DateTime(2026, 9, 1, 8, 0, 0);
        var first = await Export(1, date);
        var again = await Export(2, date);

        await _store.SetLatestExportAsync(first, CancellationToken.None);
        await _store.SetLatestExportAsync(again, CancellationToken.None);

        Assert.Equal(2, (await _store.GetLatestExportsAsync(CancellationToken.None)).Single().FileId);
    }

    [Fact]
    public async Task SetLatestExportAsync_NoDate_ArrivalOrderWins()
    {
        var dated = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));
        var undated = await Export(2, null);

        await _store.SetLatestExportAsync(dated, CancellationToken.None);
        await _store.SetLatestExportAsync(undated, CancellationToken.None);

        Assert.Equal([undated], await _store.GetLatestExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_OtherKindYearOrUai_KeptSideBySide()
    {
        var date = new DateTime(2026, 9, 1, 8, 0, 0);
        var eleves = await Export(1, date);
        var sts = await Export(2, date) with { Kind = ExportKind.StsEmp };
        var nextYear = await Export(3, date) with { SchoolYear = 2027 };
        var otherSchool = await Export(4, date) with { Uai = "0999999Z" };

        foreach (var export in new[] { eleves, sts, nextYear, otherSchool })
        {
            await _store.SetLatestExportAsync(export, CancellationToken.None);
        }

        Assert.Equal(4, (await _store.GetLatestExportsAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SetLatestExportAsync_Replaced_BecomesThePrevious()
    {
        var older = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));
        var newer = await Export(2, new DateTime(2026, 9, 5, 8, 0, 0));

        await _store.SetLatestExportAsync(older, CancellationToken.None);
        Assert.Empty(await _store.GetPreviousExportsAsync(CancellationToken.None));
        await _store.SetLatestExportAsync(newer, CancellationToken.None);

        Assert.Equal([newer], await _store.GetLatestExportsAsync(CancellationToken.None));
        Assert.Equal([older], await _store.GetPreviousExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_ReplacedTwice_PreviousIsTheOneReplacedLast()
    {
        var first = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));
        var second = await Export(2, new DateTime(2026, 9, 2, 8, 0, 0));
        var third = await Export(3, new DateTime(2026, 9, 3, 8, 0, 0));

        foreach (var export in new[] { first, second, third })
        {
            await _store.SetLatestExportAsync(export, CancellationToken.None);
        }

        Assert.Equal([third], await _store.GetLatestExportsAsync(CancellationToken.None));
        Assert.Equal([second], await _store.GetPreviousExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_StoredOneNewer_NothingBecomesPrevious()
    {
        var older = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));
        var newer = await Export(2, new DateTime(2026, 9, 5, 8, 0, 0));

        await _store.SetLatestExportAsync(newer, CancellationToken.None);
        await _store.SetLatestExportAsync(older, CancellationToken.None);

        Assert.Equal([newer], await _store.GetLatestExportsAsync(CancellationToken.None));
        Assert.Empty(await _store.GetPreviousExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_SameFileAgain_DoesNotBecomePrevious()
    {
        var export = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));

        await _store.SetLatestExportAsync(export, CancellationToken.None);
        await _store.SetLatestExportAsync(export, CancellationToken.None);

        Assert.Equal([export], await _store.GetLatestExportsAsync(CancellationToken.None));
        Assert.Empty(await _store.GetPreviousExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_SameDateOtherFile_ReplacedOneBecomesPrevious()
    {
        // One generation of exports shares one export time: the later arrival wins and the earlier is the previous.
        var date = new DateTime(2026, 9, 1, 8, 0, 0);
        var first = await Export(1, date);
        var again = await Export(2, date);

        await _store.SetLatestExportAsync(first, CancellationToken.None);
        await _store.SetLatestExportAsync(again, CancellationToken.None);

        Assert.Equal([again], await _store.GetLatestExportsAsync(CancellationToken.None));
        Assert.Equal([first], await _store.GetPreviousExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_OtherKind_DoesNotTouchThePreviousOfThisKind()
    {
        var older = await Export(1, new DateTime(2026, 9, 1, 8, 0, 0));
        var newer = await Export(2, new DateTime(2026, 9, 5, 8, 0, 0));
        var sts = await Export(3, new DateTime(2026, 9, 6, 8, 0, 0)) with { Kind = ExportKind.StsEmp };

        foreach (var export in new[] { older, newer, sts })
        {
            await _store.SetLatestExportAsync(export, CancellationToken.None);
        }

        Assert.Equal([older], await _store.GetPreviousExportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SetLatestExportAsync_UnknownFile_RefusedByForeignKey()
    {
        var export = new LatestExport("0123456A", 2026, ExportKind.SiecleEleves, 999, "/nowhere.xml", null);

        await Assert.ThrowsAsync<StateStoreException>(() => _store.SetLatestExportAsync(export, CancellationToken.None));
        Assert.Empty(await _store.GetLatestExportsAsync(CancellationToken.None));
    }

    private async Task<LatestExport> Export(int n, DateTime? exportDate)
    {
        var id = await _store.RecordFileAsync(StateSamples.File($"{n:x2}" + new string('a', 62), name: $"export{n}.xml"), CancellationToken.None);
        Assert.Equal(n, id);
        return new LatestExport("0123456A", 2026, ExportKind.SiecleEleves, id, $"/data/archive/export{n}.xml", exportDate);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}
