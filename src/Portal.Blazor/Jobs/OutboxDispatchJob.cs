using Charity.Marketplace.Events;
using Quartz;

namespace Charity.Portal.Blazor.Jobs;

/// <summary>
/// Delivers the domain events committed since its last run, such as confirmed visits that pay volunteers. Runs
/// every few seconds so that points appear soon after a caseworker confirms; one run at a time.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class OutboxDispatchJob(OutboxDispatcher dispatcher, ILogger<OutboxDispatchJob> logger) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "events");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var delivered = await dispatcher.DispatchPendingAsync(cancellationToken: cancellationToken);
        if (delivered > 0)
        {
            LogDelivered(logger, delivered);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} domain events delivered.")]
    private static partial void LogDelivered(ILogger logger, int count);
}
