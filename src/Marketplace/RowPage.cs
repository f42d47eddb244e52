namespace Charity.Marketplace;

/// <summary>One page of a list that is read a page at a time, and how many rows the list has in all.</summary>
public sealed record RowPage<T>(IReadOnlyList<T> Rows, int TotalCount);

/// <summary>Paging arithmetic shared by the lists read a page at a time.</summary>
public static class RowPage
{
    /// <summary>The rows a page number (from 0) and size stand for, the size kept between 1 and <paramref name="maximumPageSize"/>.</summary>
    public static (int Skip, int Take) Window(int page, int pageSize, int maximumPageSize)
    {
        var take = Math.Clamp(pageSize, 1, maximumPageSize);
        return (Math.Max(page, 0) * take, take);
    }
}
