using Charity.Persistence.PostgreSql;
using Charity.Persistence.Sqlite;
using Charity.Points;
using Charity.TestSupport.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Charity.Benchmarks.Ledger;

/// <summary>A migrated, empty points database for one measurement: a database on the throwaway PostgreSQL server, or a SQLite file.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchDatabase(string name, bool isPostgres, string connectionString, Func<Task> drop)
    {
        Name = name;
        IsPostgres = isPostgres;
        ConnectionString = connectionString;
        _drop = drop;
        var builder = new DbContextOptionsBuilder<PointsDbContext>();
        Options = (isPostgres ? builder.UsePostgreSql(connectionString) : builder.UseSqlite(connectionString)).Options;
        Contexts = new PooledDbContextFactory<PointsDbContext>(Options, poolSize: 64);
    }

    public string Name { get; }

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    public DbContextOptions<PointsDbContext> Options { get; }

    public IDbContextFactory<PointsDbContext> Contexts { get; }

    public static async Task<BenchDatabase> PostgresAsync()
    {
        var server = await PostgresServer.GetAsync();
        var name = $"charity_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        // The automatic preparation the ledger's context turns on, set here so the plain-INSERT baseline has it too.
        var connectionString = new NpgsqlConnectionStringBuilder(server.AdminConnectionString)
        {
            Database = name, MaxPoolSize = 64, MaxAutoPrepare = 32, AutoPrepareMinUsages = 2,
        }.ConnectionString;
        return await MigratedAsync(new BenchDatabase("PostgreSQL", isPostgres: true, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }));
    }

    public static Task<BenchDatabase> SqliteAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"charity-bench-{Guid.NewGuid():N}.db");
        return MigratedAsync(new BenchDatabase("SQLite", isPostgres: false, $"Data Source={path}", () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        }));
    }

    public ValueTask DisposeAsync() => new(_drop());

    private static async Task<BenchDatabase> MigratedAsync(BenchDatabase database)
    {
        await using var db = new PointsDbContext(database.Options);
        await db.Database.MigrateAsync();
        return database;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
