using Charity.Marketplace;
using Charity.Portal.Blazor.Jobs;
using Quartz;

namespace Charity.Portal.Blazor.Hosting;

/// <summary>Scheduled work: each job runs once at start-up, to catch up on time the portal was down, then on its schedule.</summary>
internal static class JobRegistration
{
    /// <summary>Registers the jobs; call after the database, whose start-up migration must finish before any job runs.</summary>
    public static WebApplicationBuilder AddPortalJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddRecurringJob<OfferExpiryJob>(OfferExpiryJob.Key, "0 5 0 * * ?");
            quartz.AddRecurringJob<ReferralDeadlineJob>(ReferralDeadlineJob.Key, "0 0/15 * * * ?");
            quartz.AddRecurringJob<OutboxDispatchJob>(OutboxDispatchJob.Key, "0/5 * * * * ?");
            quartz.AddRecurringJob<PointsExpiryJob>(PointsExpiryJob.Key, "0 30 0 * * ?");
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
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity($"{key.Name}-scheduled").WithCronSchedule(cron, schedule => schedule.InTimeZone(ChinaCalendar.TimeZone)));
    }
}
