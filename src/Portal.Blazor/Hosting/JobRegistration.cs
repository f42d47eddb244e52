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
            quartz.AddRecurringJob<OfferExpiryJob>(OfferExpiryJob.Key, "0 5 0 * * ?");
            quartz.AddRecurringJob<ReferralDeadlineJob>(ReferralDeadlineJob.Key, "0 0/15 * * * ?");
            quartz.AddRecurringJob<OutboxDispatchJob>(OutboxDispatchJob.Key, "0/5 * * * * ?");
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>A job that runs at start-up and then on a cron schedule in China Standard Time.</summary>
    private static void AddRecurringJob<TJob>(this IQuartzBuilder quartz, JobKey key, string cron)
        where TJob : IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(key));
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity($"{key.Name}-at-start").StartNow());
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity($"{key.Name}-scheduled").WithCronSchedule(cron, schedule => schedule.InTimeZone(ChinaStandardTime)));
    }
}
