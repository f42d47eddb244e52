using System.Globalization;
using System.Text;
using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Casework;

/// <summary>A table as the database holds it, read with plain SQL past every EF Core mapping and conversion.</summary>
internal static class RawRows
{
    /// <summary>The tables that hold households' data; the only ones read here.</summary>
    public const string CaseFiles = "CaseFiles";
    public const string HouseholdMembers = "HouseholdMembers";
    public const string CaseFileEvents = "CaseFileEvents";
    public const string PublishedNeeds = "PublishedNeeds";

    /// <summary>Every row of the table, each as column name → value as text (null for SQL NULL).</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> ReadAsync(MarketplaceDbContext db, string table)
    {
        ArgumentNullException.ThrowIfNull(db);
        var select = table switch
        {
            CaseFiles => """SELECT * FROM "CaseFiles" """,
            HouseholdMembers => """SELECT * FROM "HouseholdMembers" """,
            CaseFileEvents => """SELECT * FROM "CaseFileEvents" """,
            PublishedNeeds => """SELECT * FROM "PublishedNeeds" """,
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table of household data."),
        };
        var rows = new List<IReadOnlyDictionary<string, string?>>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = select;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.GetValue(i) switch
                    {
                        DBNull => null,
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                    };
                }

                rows.Add(row);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;
    }

    /// <summary>The row whose "Id" column holds <paramref name="id"/>, in whatever case the provider writes GUIDs.</summary>
    public static IReadOnlyDictionary<string, string?> WithId(this IEnumerable<IReadOnlyDictionary<string, string?>> rows, Guid id) =>
        rows.Single(row => string.Equals(row["Id"], id.ToString(), StringComparison.OrdinalIgnoreCase));
}
