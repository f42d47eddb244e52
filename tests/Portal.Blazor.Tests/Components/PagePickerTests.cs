using Charity.Marketplace;
using Charity.Portal.Blazor.Components.Parts;

namespace Charity.Portal.Blazor.Tests.Components;

/// <summary>A list read a page at a time stays on a page that has rows when a step empties the one shown.</summary>
public sealed class PagePickerTests
{
    private const int PageSize = 25;

    [Fact]
    public async Task ReadInRangeAsync_APageAStepEmptied_ReadsTheLastPageThereIs()
    {
        var read = new List<int>();

        var (rows, page) = await PagePicker.ReadInRangeAsync(3, PageSize, number => Read(read, number, total: 30));

        Assert.Equal((1, 5), (page, rows.Rows.Count));
        Assert.Equal([3, 1], read);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 30)]
    public async Task ReadInRangeAsync_TheFirstPageOrOneWithRows_IsReadOnce(int number, int total)
    {
        var read = new List<int>();

        var (_, page) = await PagePicker.ReadInRangeAsync(number, PageSize, n => Read(read, n, total));

        Assert.Equal(number, page);
        Assert.Equal([number], read);
    }

    private static Task<RowPage<int>> Read(List<int> read, int number, int total)
    {
        read.Add(number);
        var rows = Enumerable.Range(number * PageSize, PageSize).Where(row => row < total).ToList();
        return Task.FromResult(new RowPage<int>(rows, total));
    }
}
