using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace Charity.Portal.Blazor.Points;

/// <summary>Writes a laid-out statement as an Excel workbook: one sheet of totals, one of lines, headed in the reader's language.</summary>
internal static class StatementWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(StatementLayout layout, string totalsSheet, string linesSheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var headers = layout.Headers;
        using var totals = Table(
            [(headers.Item, typeof(string)), (headers.Points, typeof(long))],
            layout.Totals.Select(t => new object[] { t.Label, t.Points }));
        using var lines = Table(
            [(headers.Date, typeof(DateTime)), (headers.Kind, typeof(string)), (headers.Description, typeof(string)), (headers.Amount, typeof(long)), (headers.BalanceAfter, typeof(long))],
            layout.Lines.Select(l => new object[] { l.At, l.Kind, l.Description, l.Amount, l.BalanceAfter }));
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { [totalsSheet] = totals, [linesSheet] = lines }, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    /// <summary>A table keeps its header row even without rows, so a month without entries still says what its columns are.</summary>
    private static DataTable Table(IReadOnlyList<(string Header, Type Type)> columns, IEnumerable<object[]> rows)
    {
        var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var (header, type) in columns)
        {
            table.Columns.Add(header, type);
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row);
        }

        return table;
    }
}
