using System.Data.Common;

namespace Charity.Points.Transactions;

/// <summary>A hand-written statement over rows from <see cref="Rows"/>, with the parameters that carry them.</summary>
internal sealed class Statement(List<DbParameter> parameters, string insertSource, Func<string, string> tableSource)
{
    /// <summary>Set once the statement around the rows is known.</summary>
    public string Sql { get; set; } = string.Empty;

    public List<DbParameter> Parameters { get; } = parameters;

    /// <summary>The rows as the source of an INSERT.</summary>
    public string InsertSource { get; } = insertSource;

    /// <summary>The rows as a table named <paramref name="alias"/>, its columns named column1, column2, ….</summary>
    public string AsTable(string alias) => tableSource(alias);
}
