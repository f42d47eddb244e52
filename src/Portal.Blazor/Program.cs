using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDemoSwitch(args);
builder.AddPortalDatabase();
builder.AddPortalIdentity();
builder.AddPortalRateLimiting();
builder.AddPortalWeb();
builder.AddPortalJobs();

var app = builder.Build();
app.UsePortalPipeline();
app.MapPortalEndpoints();
await app.RunAsync();

/// <summary>The portal's entry point; public so that tests can host it.</summary>
public partial class Program;
