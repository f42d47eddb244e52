using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Transactions;

/// <summary>
/// Rows for one statement, and the parameters that carry them. On PostgreSQL a column is one array parameter and
/// the rows come from <c>unnest</c>: the statement's text is the same for any number of rows, so it is prepared
/// once per connection, and a batch binds a few arrays instead of a parameter per value. Elsewhere each value is a
/// parameter of a <c>VALUES</c> list, converted through the model's own type mappings.
/// </summary>
internal static class Rows
{
    public static Statement Of<TEntity>(PointsDbContext db, DbCommand parameterFactory, string prefix, string[] columns, object?[][] rows) =>
        db.Database.ProviderName == Providers.Npgsql
            ? AsArrays<TEntity>(db, parameterFactory, prefix, columns, rows)
            : AsValues<TEntity>(db, parameterFactory, prefix, columns, rows);

    private static Statement AsArrays<TEntity>(PointsDbContext db, DbCommand parameterFactory, string prefix, string[] columns, object?[][] rows)
    {
        var parameters = new List<DbParameter>();
        var names = new List<string>();
        for (var column = 0; column < columns.Length; column++)
        {
            var name = $"@{prefix}{columns[column]}";
            names.Add(name);
            parameters.Add(parameterFactory.CreateArrayParameter<TEntity>(db, columns[column], name, [.. rows.Select(row => row[column])]));
        }

        var arrays = string.Join(", ", names);
        return new Statement(parameters, $"SELECT * FROM unnest({arrays})", alias => $"unnest({arrays}) AS {alias}({ColumnNames(columns)})");
    }

    private static Statement AsValues<TEntity>(PointsDbContext db, DbCommand parameterFactory, string prefix, string[] columns, object?[][] rows)
    {
        var parameters = new List<DbParameter>();
        var values = new StringBuilder();
        for (var row = 0; row < rows.Length; row++)
        {
            values.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                var name = $"@{prefix}{row}{columns[column]}";
                values.Append(column == 0 ? name : $", {name}");
                parameters.Add(parameterFactory.CreateParameter<TEntity>(db, columns[column], name, rows[row][column]));
            }

            values.Append(')');
        }

        // SQLite names the columns of VALUES column1, column2, …, and takes no list of names; SQL Server needs one.
        var names = db.Database.ProviderName == Providers.SqlServer ? $"({ColumnNames(columns)})" : string.Empty;
        return new Statement(parameters, $"VALUES {values}", alias => $"(VALUES {values}) AS {alias}{names}");
    }

    private static string ColumnNames(string[] columns) => string.Join(", ", columns.Select((_, i) => $"column{i + 1}"));
}
