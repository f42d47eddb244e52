using Charity.Marketplace.Rewards;
using Charity.Points.Expiry;
using Quartz;

namespace Charity.Portal.Blazor.Jobs;

/// <summary>Moves points earned longer ago than the rules' lifetime, oldest first, to the expiry account; nightly at 00:30.</summary>
[DisallowConcurrentExecution]
internal sealed partial class PointsExpiryJob(PointsExpiry expiry, RewardRulesService rules, TimeProvider clock, ILogger<PointsExpiryJob> logger) : IJob
{
    public static readonly JobKey Key = new("points-expiry", "points");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var lifetime = (await rules.CurrentAsync(cancellationToken)).Rules.ExpiryMonths;
        var run = await expiry.ExpireDueAsync(clock.GetUtcNow(), lifetime, cancellationToken);
        LogExpired(logger, run.PointsExpired, run.AccountsExpired, run.AccountsChecked);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Points} points expired from {Expired} of {Checked} accounts.")]
    private static partial void LogExpired(ILogger logger, long points, int expired, int @checked);
}
