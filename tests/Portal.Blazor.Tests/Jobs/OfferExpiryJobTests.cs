using Charity.Marketplace;
using Charity.Marketplace.Offers;
using Charity.Portal.Blazor.Jobs;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Charity.Portal.Blazor.Tests.Jobs;

/// <summary>The portal's real scheduler runs the offer-expiry job against the real database.</summary>
public sealed class OfferExpiryJobTests(SqlitePortalFactory portal) : IClassFixture<SqlitePortalFactory>
{
    [Fact]
    public async Task Triggered_OfferPastItsEndDate_IsMarkedExpired()
    {
        _ = portal.Server;
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>();
        var today = ChinaCalendar.Today(TimeProvider.System);
        Guid id;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            id = await db.ServiceOffers.Where(o => o.Status == OfferStatus.Active).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            await db.ServiceOffers.Where(o => o.Id == id).ExecuteUpdateAsync(offer => offer
                .SetProperty(o => o.StartDate, today.AddDays(-30))
                .SetProperty(o => o.EndDate, today.AddDays(-1)));
        }

        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(OfferExpiryJob.Key);

        Assert.Equal(OfferStatus.Expired, await StatusOnceSettledAsync(contexts, id));
    }

    /// <summary>The job runs on the scheduler's thread: look until it has changed the offer, or give up after a minute.</summary>
    private static async Task<OfferStatus> StatusOnceSettledAsync(IDbContextFactory<MarketplaceDbContext> contexts, Guid id)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var status = await db.ServiceOffers.Where(o => o.Id == id).Select(o => o.Status).SingleAsync();
            if (status == OfferStatus.Expired || attempt == 120)
            {
                return status;
            }

            await Task.Delay(500);
        }
    }
}
