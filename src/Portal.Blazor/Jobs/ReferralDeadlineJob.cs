using Charity.Marketplace.Referrals;
using Quartz;

namespace Charity.Portal.Blazor.Jobs;

/// <summary>Expires proposed referrals nobody answered in time, so their needs go back to matching.</summary>
[DisallowConcurrentExecution]
internal sealed partial class ReferralDeadlineJob(ReferralCommands referrals, ILogger<ReferralDeadlineJob> logger) : IJob
{
    public static readonly JobKey Key = new("referral-deadlines", "referrals");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var expired = await referrals.ExpireDueAsync(cancellationToken);
        LogExpired(logger, expired);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} referrals passed their response deadline and expired.")]
    private static partial void LogExpired(ILogger logger, int count);
}
