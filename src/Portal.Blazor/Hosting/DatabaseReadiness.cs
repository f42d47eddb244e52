using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Charity.Portal.Blazor.Hosting;

/// <summary>Ready once the schema is migrated and reference data is seeded.</summary>
internal sealed class DatabaseReadiness : IHealthCheck
{
    private volatile bool _ready;

    public void MarkReady() => _ready = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database is still being prepared."));
}
