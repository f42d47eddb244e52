using Charity.Marketplace;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Privacy;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Visits;
using Charity.Marketplace.Volunteers;
using Charity.Persistence.Tests.Casework;
using Charity.Persistence.Tests.Offers;
using Charity.TestSupport.Time;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Referrals;

/// <summary>
/// The two sides of a referral on a real portal with demo data: the demo caseworker's station with a fresh household
/// and its published need, the demo provider's agency with a fresh offer, and the loop's services on any clock.
/// </summary>
internal sealed class ReferralDesk
{
    private readonly IServiceProvider _services;

    private ReferralDesk(IServiceProvider services, StationDesk station, ProviderDesk provider, ReferralParty caseworker, ReferralParty agency, ReferralParty otherOrganisation)
    {
        _services = services;
        Station = station;
        Provider = provider;
        Caseworker = caseworker;
        Agency = agency;
        OtherOrganisation = otherOrganisation;
    }

    public static DateTimeOffset Now => StationDesk.Now;

    public StationDesk Station { get; }

    public ProviderDesk Provider { get; }

    public ReferralParty Caseworker { get; }

    public ReferralParty Agency { get; }

    public ReferralParty OtherOrganisation { get; }

    public IDbContextFactory<MarketplaceDbContext> Contexts => Station.Contexts;

    public static async Task<ReferralDesk> OpenAsync(PortalFactory portal)
    {
        var station = await StationDesk.OpenAsync(portal);
        var provider = await ProviderDesk.OpenAsync(portal);
        return new ReferralDesk(
            portal.Services,
            station,
            provider,
            ReferralParty.Station(station.Caseworker),
            ReferralParty.Provider(Guid.NewGuid(), "阳光社工", provider.Agency.OrganisationId!.Value),
            ReferralParty.Provider(Guid.NewGuid(), "别的机构", provider.OtherOrganisation.OrganisationId!.Value));
    }

    public ReferralCommands Commands(DateTimeOffset? now = null)
    {
        var clock = new FixedClock(now ?? Now);
        return new(Contexts, Provider.DirectoryAt(now ?? Now), new PersonalDataScanner(clock), clock);
    }

    public VisitCommands Visits(DateTimeOffset? now = null)
    {
        var clock = new FixedClock(now ?? Now);
        return new(Contexts, new PersonalDataScanner(clock), clock);
    }

    public ReferralQueries Queries => new(Contexts);

    public ReferralContacts Contacts => new(Contexts, _services.GetRequiredService<PersonalDataProtector>(), StationDesk.Clock);

    /// <summary>A new household's need for meal delivery (high urgency: indicator 28 at 3) and a new offer of the agency.</summary>
    public async Task<(Guid NeedId, Guid OfferId)> OpenNeedAndOfferAsync()
    {
        var file = await Station.OpenAsync();
        var assessment = await Station.SubmitAssessmentAsync(file, StationDesk.Scores((28, 3)));
        var published = await Station.Publisher().PublishAsync(Station.Caseworker, StationDesk.MealDelivery(assessment, "行动不便，需要工作日送午餐。"));
        Assert.Equal(NeedPublishOutcome.Published, published.Outcome);
        var offer = await Provider.PublishAsync(Provider.Agency);
        return (published.NeedId!.Value, offer);
    }

    /// <summary>A proposed referral of a fresh need to a fresh offer of the agency.</summary>
    public async Task<Guid> ProposeAsync()
    {
        var (need, offer) = await OpenNeedAndOfferAsync();
        var result = await Commands().ProposeAsync(Caseworker, need, offer);
        Assert.True(result.Outcome == ReferralOutcome.Done, $"Not proposed: {result.Outcome} {result.Problem}");
        return result.Id!.Value;
    }

    /// <summary>Accepted by the agency.</summary>
    public async Task<Guid> AcceptedAsync()
    {
        var id = await ProposeAsync();
        Assert.Equal(ReferralOutcome.Done, (await Commands().AcceptAsync(Agency, id, await VersionAsync(id))).Outcome);
        return id;
    }

    public async Task<Referral> ReferralAsync(Guid id)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    public async Task<Guid> VersionAsync(Guid id) => (await ReferralAsync(id)).Version;

    public async Task<(NeedStatus Need, NeedStatus Published)> NeedStatusAsync(Guid referralId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referralId);
        var need = await db.Needs.AsNoTracking().SingleAsync(n => n.Id == referral.NeedId);
        var published = await db.PublishedNeeds.AsNoTracking().SingleAsync(p => p.Id == referral.PublishedNeedId);
        return (need.Status, published.Status);
    }

    /// <summary>A volunteer who has just joined the agency's team.</summary>
    public async Task<Guid> TeamVolunteerAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var organisation = await db.Organisations.SingleAsync(o => o.Id == Agency.OrganisationId);
        var volunteer = await db.Volunteers.Where(v => !db.TeamMemberships.Any(m => m.VolunteerId == v.Id && m.OrganisationId == organisation.Id)).OrderBy(v => v.Id).FirstAsync();
        db.TeamMemberships.Add(TeamMembership.Active(volunteer, organisation, Now.AddDays(-30)));
        await db.SaveChangesAsync();
        return volunteer.Id;
    }

    public static VisitDraft Visit(Guid volunteer, string notes = "送餐并陪同聊天，老人精神不错。") =>
        new(StationDesk.Today, 90, [volunteer], notes);
}
