using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Time;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Offers;

/// <summary>
/// Offers on a real portal with demo data: the demo provider's agency (verified), another verified organisation,
/// a pending one, and the offer services on a fixed clock (or any other instant a test asks for).
/// </summary>
internal sealed class ProviderDesk
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 30, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 25);

    private ProviderDesk(IDbContextFactory<MarketplaceDbContext> contexts, Guid agency, Guid other, Guid pending)
    {
        Contexts = contexts;
        Agency = OfferAccess.Staff(agency);
        OtherOrganisation = OfferAccess.Staff(other);
        Pending = OfferAccess.Staff(pending);
    }

    public IDbContextFactory<MarketplaceDbContext> Contexts { get; }

    /// <summary>Staff of the demo provider's social-work agency.</summary>
    public OfferAccess Agency { get; }

    /// <summary>Staff of another verified organisation.</summary>
    public OfferAccess OtherOrganisation { get; }

    /// <summary>Staff of an organisation still waiting for verification.</summary>
    public OfferAccess Pending { get; }

    public OfferService Offers => Service(Now);

    public OfferDirectory Directory => DirectoryAt(Now);

    public static async Task<ProviderDesk> OpenAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        _ = portal.Server;
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var provider = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoAccounts.EmailFor(PortalRoles.ProviderStaff));
        var agency = provider.OrganisationId!.Value;
        var other = await db.Organisations.Where(o => o.Status == OrganisationStatus.Verified && o.Id != agency).OrderBy(o => o.Name).Select(o => o.Id).FirstAsync();
        var pending = await db.Organisations.Where(o => o.Status == OrganisationStatus.PendingVerification).OrderBy(o => o.Name).Select(o => o.Id).FirstAsync();
        return new ProviderDesk(contexts, agency, other, pending);
    }

    public OfferService Service(DateTimeOffset now) => new(Contexts, new FixedClock(now));

    public OfferDirectory DirectoryAt(DateTimeOffset now) => new(Contexts, new FixedClock(now));

    /// <summary>A valid meal-delivery offer near Huancui's centre, running from today for <paramref name="days"/> days.</summary>
    public static OfferDraft Draft(string title = "环翠区午餐送餐", int days = 90) => new(
        "LIV-MEAL", title, "Lunch delivery", "工作日午餐送到家。", null, 37.505, 122.105, null, 10, 20, CapacityUnit.HouseholdsPerWeek,
        ServiceDays.Weekdays, new(10, 30), new(12, 30), Today, Today.AddDays(days), [], SpecialGroups.None, 0m);

    public async Task<Guid> PublishAsync(OfferAccess staff, OfferDraft? draft = null)
    {
        var result = await Offers.CreateAsync(staff, draft ?? Draft());
        Assert.True(result.Outcome == OfferOutcome.Done, $"The offer was not published: {result.Outcome} {string.Join(", ", result.Problems ?? [])}");
        return result.Id!.Value;
    }

    public async Task<OfferDetail> DetailAsync(Guid id) =>
        await Offers.FindOwnAsync(OfferAccess.Bureau, id) ?? throw new InvalidOperationException("The offer does not exist.");
}
