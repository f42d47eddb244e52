using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Charity.Points.Transactions;

/// <summary>
/// Builds the parameters of hand-written statements through the model's own type mappings, so values are
/// stored exactly as EF Core stores them on each provider (on SQLite: ids as text, times as UTC ticks).
/// </summary>
internal static class ModelParameters
{
    public static void Add<TEntity>(this DbCommand command, PointsDbContext db, string property, string name, object? value) =>
        command.Parameters.Add(command.CreateParameter<TEntity>(db, property, name, value));

    /// <summary>A parameter made by <paramref name="factory"/> but not added to it.</summary>
    public static DbParameter CreateParameter<TEntity>(this DbCommand factory, PointsDbContext db, string property, string name, object? value) =>
        PropertyOf<TEntity>(db, property).GetRelationalTypeMapping().CreateParameter(factory, name, value, nullable: value is null);

    /// <summary>
    /// A PostgreSQL array parameter of the property's CLR type (uuid[], text[], bigint[], bytea[], timestamptz[] in UTC;
    /// nulls kept), made by <paramref name="factory"/> but not added to it.
    /// </summary>
    public static DbParameter CreateArrayParameter<TEntity>(this DbCommand factory, PointsDbContext db, string property, string name, IReadOnlyList<object?> values)
    {
        var array = Array.CreateInstance(PropertyOf<TEntity>(db, property).ClrType, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            array.SetValue(values[i] is DateTimeOffset time ? time.ToUniversalTime() : values[i], i);
        }

        var parameter = factory.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = array;
        return parameter;
    }

    private static IProperty PropertyOf<TEntity>(PointsDbContext db, string property) =>
        db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!;

    public static DbCommand CreateCommand(this PointsDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
