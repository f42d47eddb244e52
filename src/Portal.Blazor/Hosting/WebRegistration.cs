using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Charity.Marketplace;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Cases;
using Charity.Portal.Blazor.Catalog;
using Charity.Portal.Blazor.Components;
using Charity.Portal.Blazor.Components.Layout;
using Charity.Portal.Blazor.Maps;
using Charity.Portal.Blazor.Offers;
using Charity.Portal.Blazor.Organisations;
using Charity.Portal.Blazor.Points;
using Charity.Portal.Blazor.Preferences;
using Charity.Portal.Blazor.Referrals;
using Charity.Portal.Blazor.Seeding;
using Charity.Portal.Blazor.Volunteers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Charity.Portal.Blazor.Hosting;

internal static class WebRegistration
{
    /// <summary><c>--demo</c> turns demo data on in any environment.</summary>
    public static WebApplicationBuilder AddDemoSwitch(this WebApplicationBuilder builder, string[] args)
    {
        if (args.Contains("--demo", StringComparer.OrdinalIgnoreCase))
        {
            builder.Configuration[$"{DemoDataOptions.SectionName}:{nameof(DemoDataOptions.Enabled)}"] = "true";
        }

        return builder;
    }

    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddTransient<MudLocalizer, MudBlazorTexts>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddProblemDetails();
        // Chinese pages are sent as text, not as numeric character references (a third of the size).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Malformed API requests get a 400 problem, not an exception.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Charity Portal API";
            document.Info.Description = "Social-assistance marketplace: bearer tokens from POST /api/v1/account/token; errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: ["ready"]);
        services.AddSingleton(TimeProvider.System);
        services.Configure<DemoDataOptions>(builder.Configuration.GetSection(DemoDataOptions.SectionName));
        services.Configure<MapOptions>(builder.Configuration.GetSection(MapOptions.SectionName));
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoHouseholds>();
        services.AddScoped<DemoOffers>();
        services.AddScoped<DemoRewards>();
        services.AddScoped<UserPreferencesStore>();
        services.AddScoped<ServiceItemNames>();
        services.AddScoped<SignedInVolunteer>();
        services.AddScoped<StatementSubjects>();
        services.AddMarketplace();
        services.AddDataProtection().PersistKeysToDbContext<MarketplaceDbContext>().SetApplicationName("Charity.Portal");
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        return builder;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
        }
        else
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        // Routing after the status-code pages, so that a re-executed request is routed to its page again.
        app.UseRouting();
        app.UseSecurityHeaders();
        app.UseRequestLocalization(LocalizationOptions());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapAccountEndpoints();
        app.MapPreferenceEndpoints();
        app.MapCaseFileEndpoints();
        app.MapAssessmentEndpoints();
        app.MapOfferEndpoints();
        app.MapOrganisationEndpoints();
        app.MapVolunteerEndpoints();
        app.MapReferralEndpoints();
        app.MapPointsEndpoints();
        app.MapStoreEndpoints();
        app.MapStatementEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static RequestLocalizationOptions LocalizationOptions()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(PortalCultures.Chinese)
            .AddSupportedCultures([.. PortalCultures.Supported])
            .AddSupportedUICultures([.. PortalCultures.Supported]);
        // The portal speaks Chinese unless a person chooses otherwise; the browser's language is not a choice.
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return options;
    }
}
