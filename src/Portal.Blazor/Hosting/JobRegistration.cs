using Charity.Marketplace;
using Charity.Portal.Blazor.Jobs;
using Quartz;

namespace Charity.Portal.Blazor.Hosting;

/// <summary>Scheduled work: each job runs once at start-up, to catch up on time the portal was down, then on its schedule.</summary>
internal static class JobRegistration
{
    /// <summary>China Standard Time without a time-zone database: UTC+8 all year, as <see cref="ChinaCalendar"/> counts.</summary>
    private static readonly TimeZoneInfo ChinaStandardTime =
        TimeZoneInfo.CreateCustomTimeZone("China Standard Time", ChinaCalendar.Offset, "China Standard Time", "China Standard Time");

    /// <summary>Registers the jobs; call after the database, whose start-up migration must finish before any job runs.</summary>
    public static WebApplicationBuilder AddPortalJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<OfferExpiryJob>(job => job.WithIdentity(OfferExpiryJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(OfferExpiryJob.Key).WithIdentity("offer-expiry-at-start").StartNow());
            quartz.AddTrigger(trigger => trigger.ForJob(OfferExpiryJob.Key).WithIdentity("offer-expiry-after-midnight")
                .WithCronSchedule("0 5 0 * * ?", cron => cron.InTimeZone(ChinaStandardTime)));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
