using Charity.Portal.Blazor.Hosting;
using Microsoft.Data.Sqlite;

namespace Charity.TestSupport.Databases;

/// <summary>A SQLite database in a temporary file, deleted with the fixture.</summary>
public sealed class SqliteTestDatabase : ITestDatabase, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"charity-test-{Guid.NewGuid():N}.db");

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
