using Charity.Portal.Blazor.Hosting;
using Npgsql;
using Xunit;

namespace Charity.TestSupport.Databases;

/// <summary>A fresh database on the shared throwaway PostgreSQL server, one per test class (use as a class fixture).</summary>
public sealed class PostgresTestDatabase : ITestDatabase, IAsyncLifetime
{
    private readonly string _name = $"charity_test_{Guid.NewGuid():N}";
    private string? _connectionString;

    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database has not been created yet.");

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.GetAsync();
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = _name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var server = await PostgresServer.GetAsync();
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
