using System.Globalization;
using Charity.Marketplace.Rewards;
using Charity.Points.Accounts;
using Charity.Points.Reports;
using Charity.Points.Store;
using Charity.Points.Transactions;
using Charity.Portal.Blazor.Points;
using Charity.Portal.Blazor.Preferences;
using MiniExcelLibs;

namespace Charity.Portal.Blazor.Tests.Points;

public sealed class StatementComposerTests
{
    // 2026-11-03 23:30 UTC is 4 November 07:30 in China.
    private static readonly MonthlyStatement November = new(2026, 11, OpeningBalance: 100, Credits: 15, Debits: 40, ClosingBalance: 75,
    [
        Entry(1, 15, 115, RewardReferences.Visit, "90 min × 1.0 · v1", new DateTimeOffset(2026, 11, 3, 23, 30, 0, TimeSpan.Zero)),
        Entry(2, -40, 75, StoreOrders.OrderReferenceKind, "2 × 20", new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero)),
    ]);

    [Fact]
    public void Compose_InChinese_TitlesTheMonthAndListsTheTotalsInOrder()
    {
        var layout = StatementComposer.Compose(November, PortalTexts.In(PortalCultures.Chinese));

        Assert.Equal("2026年11月海贝分对账单", layout.Title);
        Assert.Equal(
            [("期初余额", 100L), ("本月收入", 15L), ("本月支出", 40L), ("期末余额", 75L)],
            layout.Totals.Select(t => (t.Label, t.Points)));
    }

    [Fact]
    public void Compose_InEnglish_LabelsEachLineByKindInChinaTime()
    {
        var layout = StatementComposer.Compose(November, PortalTexts.In(PortalCultures.English));

        var visit = layout.Lines[0];
        Assert.Equal(new DateTime(2026, 11, 4, 7, 30, 0), visit.At);
        Assert.Equal(("Service hours", "90 min × 1.0 · v1", 15L, 115L), (visit.Kind, visit.Description, visit.Amount, visit.BalanceAfter));
        Assert.Equal(("Supermarket order", -40L), (layout.Lines[1].Kind, layout.Lines[1].Amount));
        Assert.Equal("Balance after", layout.Headers.BalanceAfter);
    }

    [Fact]
    public async Task Workbook_HasATotalsSheetAndALinesSheetHeadedInTheReadersLanguage()
    {
        var layout = StatementComposer.Compose(November, PortalTexts.In(PortalCultures.Chinese));

        var workbook = await StatementWorkbook.WriteAsync(layout, "汇总", "明细");

        using (var stream = new MemoryStream(workbook))
        {
            Assert.Equal(["汇总", "明细"], stream.GetSheetNames());
        }

        var totals = Sheet(workbook, "汇总");
        Assert.Equal("期末余额", totals[3]["项目"]);
        Assert.Equal(75d, Convert.ToDouble(totals[3]["海贝分"], CultureInfo.InvariantCulture));
        var lines = Sheet(workbook, "明细");
        Assert.Equal(["时间", "类别", "说明", "变动", "变动后余额"], lines[0].Keys);
        Assert.Equal("积分超市兑换", lines[1]["类别"]);
    }

    [Fact]
    public async Task Workbook_OfAMonthWithoutEntries_StillHeadsItsLines()
    {
        var quiet = November with { Credits = 0, Debits = 0, ClosingBalance = 100, Entries = [] };
        var layout = StatementComposer.Compose(quiet, PortalTexts.In(PortalCultures.English));

        var workbook = await StatementWorkbook.WriteAsync(layout, "Totals", "Entries");

        using var stream = new MemoryStream(workbook);
        var header = stream.Query(useHeaderRow: false, sheetName: "Entries").Cast<IDictionary<string, object>>().Single();
        Assert.Equal(["Date", "Kind", "Description", "Amount", "Balance after"], header.Values);
    }

    private static List<IDictionary<string, object>> Sheet(byte[] workbook, string name)
    {
        using var stream = new MemoryStream(workbook);
        return [.. stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>()];
    }

    private static AccountEntry Entry(long sequence, long amount, long balanceAfter, string kind, string description, DateTimeOffset at) =>
        new(Guid.NewGuid(), sequence, amount, balanceAfter, new BusinessReference(kind, sequence.ToString(CultureInfo.InvariantCulture)), description, at, null);
}
