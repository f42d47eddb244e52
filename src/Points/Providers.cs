namespace Charity.Points;

/// <summary>The EF Core provider names the ledger's hand-written statements tell apart.</summary>
internal static class Providers
{
    public const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";
}
