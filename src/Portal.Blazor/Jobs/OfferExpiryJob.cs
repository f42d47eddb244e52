using Charity.Marketplace.Offers;
using Quartz;

namespace Charity.Portal.Blazor.Jobs;

/// <summary>Marks offers past their end date as expired, so lists and counts say so, not only the public queries.</summary>
[DisallowConcurrentExecution]
internal sealed partial class OfferExpiryJob(OfferService offers, ILogger<OfferExpiryJob> logger) : IJob
{
    public static readonly JobKey Key = new("offer-expiry", "offers");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var expired = await offers.ExpireDueAsync(cancellationToken);
        LogExpired(logger, expired);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} offers reached their end date and expired.")]
    private static partial void LogExpired(ILogger logger, int count);
}
