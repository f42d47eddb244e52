using Charity.Marketplace.Offers;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Offers;

/// <summary>Offers on each real database: who sees them, who may change them, concurrent edits, expiry.</summary>
public abstract class OfferServiceTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private ProviderDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProviderDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Search_OfferOfAnUnverifiedOrganisation_IsHiddenFromThePublicAndOtherOrganisations()
    {
        var id = await _desk.PublishAsync(_desk.Pending);

        Assert.Null(await _desk.Directory.FindAsync(OfferAccess.Public, id));
        Assert.Null(await _desk.Directory.FindAsync(_desk.Agency, id));
        var listed = await _desk.Directory.SearchAsync(OfferAccess.Public, new OfferFilter(), 0, OfferDirectory.MaxPageSize);
        Assert.DoesNotContain(listed.Rows, o => o.Id == id);
        Assert.NotEmpty(listed.Rows);
    }

    [Fact]
    public async Task Search_OfferOfAnUnverifiedOrganisation_IsSeenByItsOwnStaffAndTheBureau()
    {
        var id = await _desk.PublishAsync(_desk.Pending);

        Assert.NotNull(await _desk.Directory.FindAsync(_desk.Pending, id));
        Assert.NotNull(await _desk.Directory.FindAsync(OfferAccess.Bureau, id));
        var own = await _desk.Offers.PageOwnAsync(_desk.Pending, status: null, 0, 50);
        Assert.Contains(own.Rows, o => o.Id == id);
    }

    [Fact]
    public async Task Search_VerifiedActiveOffer_IsPublicWithItsDistrictAndOrganisation()
    {
        var id = await _desk.PublishAsync(_desk.Agency, ProviderDesk.Draft("阳光午餐"));

        var offer = await _desk.Directory.FindAsync(OfferAccess.Public, id);

        Assert.NotNull(offer);
        Assert.Equal(("阳光午餐", "LIV", "环翠区", OfferStatus.Active), (offer.Title.ZhCn, offer.CategoryCode, offer.District.ZhCn, offer.Status));
        Assert.Equal(_desk.Agency.OrganisationId, offer.OrganisationId);
    }

    [Fact]
    public async Task Search_PausedOffer_IsHiddenFromThePublicUntilResumed()
    {
        var id = await _desk.PublishAsync(_desk.Agency);
        Assert.Equal(OfferOutcome.Done, (await _desk.Offers.PauseAsync(_desk.Agency, id, (await _desk.DetailAsync(id)).Version)).Outcome);

        Assert.Null(await _desk.Directory.FindAsync(OfferAccess.Public, id));
        Assert.Equal(OfferOutcome.Done, (await _desk.Offers.ResumeAsync(_desk.Agency, id, (await _desk.DetailAsync(id)).Version)).Outcome);
        Assert.NotNull(await _desk.Directory.FindAsync(OfferAccess.Public, id));
    }

    [Fact]
    public async Task Update_StaffOfAnotherOrganisation_IsForbiddenAndChangesNothing()
    {
        var id = await _desk.PublishAsync(_desk.Agency, ProviderDesk.Draft("原标题"));
        var before = await _desk.DetailAsync(id);

        var edit = await _desk.Offers.UpdateAsync(_desk.OtherOrganisation, id, ProviderDesk.Draft("被改的标题"), before.Version);
        var pause = await _desk.Offers.PauseAsync(_desk.OtherOrganisation, id, before.Version);

        Assert.Equal((OfferOutcome.Forbidden, OfferOutcome.Forbidden), (edit.Outcome, pause.Outcome));
        var after = await _desk.DetailAsync(id);
        Assert.Equal(("原标题", OfferStatus.Active, before.Version), (after.Draft.TitleZh, after.Status, after.Version));
    }

    [Fact]
    public async Task Update_TwoConcurrentEditsFromTheSameVersion_OneSucceedsOneConflictsNothingLost()
    {
        var id = await _desk.PublishAsync(_desk.Agency);
        var version = (await _desk.DetailAsync(id)).Version;
        var first = ProviderDesk.Draft("甲的修改") with { Capacity = 11 };
        var second = ProviderDesk.Draft("乙的修改") with { RadiusKm = 22 };

        var results = await Task.WhenAll(
            Task.Run(() => _desk.Offers.UpdateAsync(_desk.Agency, id, first, version)),
            Task.Run(() => _desk.Offers.UpdateAsync(_desk.Agency, id, second, version)));

        Assert.Equal([OfferOutcome.Done, OfferOutcome.Conflict], results.Select(r => r.Outcome).Order());
        var winner = results[0].Outcome == OfferOutcome.Done ? first : second;
        var after = await _desk.DetailAsync(id);
        Assert.Equal((winner.TitleZh, winner.Capacity, winner.RadiusKm), (after.Draft.TitleZh, after.Draft.Capacity, after.Draft.RadiusKm));
        Assert.NotEqual(version, after.Version);
    }

    [Fact]
    public async Task Update_StaleVersion_IsAConflictAndKeepsTheNewerEdit()
    {
        var id = await _desk.PublishAsync(_desk.Agency);
        var stale = (await _desk.DetailAsync(id)).Version;
        Assert.Equal(OfferOutcome.Done, (await _desk.Offers.UpdateAsync(_desk.Agency, id, ProviderDesk.Draft("先到的修改"), stale)).Outcome);

        var late = await _desk.Offers.UpdateAsync(_desk.Agency, id, ProviderDesk.Draft("后到的修改"), stale);

        Assert.Equal(OfferOutcome.Conflict, late.Outcome);
        Assert.Equal("先到的修改", (await _desk.DetailAsync(id)).Draft.TitleZh);
    }

    [Fact]
    public async Task Create_LocationFarOutsideTheCity_IsRefused()
    {
        var result = await _desk.Offers.CreateAsync(_desk.Agency, ProviderDesk.Draft() with { Latitude = 39.9, Longitude = 116.4 });

        Assert.Equal([new OfferProblem(nameof(OfferDraft.Latitude), OfferProblemCode.LocationOutsideCity)], result.Problems);
    }

    [Fact]
    public async Task Search_OfferPastItsEndDate_DropsOutAndCountsAsExpired()
    {
        var id = await _desk.PublishAsync(_desk.Agency, ProviderDesk.Draft(days: 1));
        var later = ProviderDesk.Now.AddDays(3);

        Assert.NotNull(await _desk.Directory.FindAsync(OfferAccess.Public, id));
        Assert.Null(await _desk.DirectoryAt(later).FindAsync(OfferAccess.Public, id));
        var own = await _desk.Service(later).PageOwnAsync(_desk.Agency, OfferStatus.Expired, 0, 50);
        Assert.Equal(OfferStatus.Expired, Assert.Single(own.Rows, o => o.Id == id).Status);
    }

    [Fact]
    public async Task ExpireDue_OfferPastItsEndDate_IsMarkedExpiredAndCannotBeResumed()
    {
        var id = await _desk.PublishAsync(_desk.Agency, ProviderDesk.Draft(days: 1));
        var later = _desk.Service(ProviderDesk.Now.AddDays(3));

        Assert.True(await later.ExpireDueAsync() >= 1);

        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.Equal(OfferStatus.Expired, (await db.ServiceOffers.AsNoTracking().SingleAsync(o => o.Id == id)).Status);
        var resume = await later.ResumeAsync(_desk.Agency, id, (await _desk.DetailAsync(id)).Version);
        Assert.Equal([new OfferProblem(nameof(OfferDraft.EndDate), OfferProblemCode.EndInPast)], resume.Problems);
    }

    [Fact]
    public async Task DemoData_HasAboutThirtyPublicOffersOfVerifiedOrganisationsOnly()
    {
        var listed = await _desk.Directory.SearchAsync(OfferAccess.Public, new OfferFilter(), 0, OfferDirectory.MaxPageSize);

        Assert.InRange(listed.Rows.Count(o => o.Title.ZhCn.EndsWith("服务", StringComparison.Ordinal)), 25, 40);
        var organisations = await _desk.Directory.OrganisationsAsync(districtId: null);
        Assert.Equal(22, organisations.Count);
    }
}

public sealed class SqliteOfferServiceTests(SqlitePortalFactory portal)
    : OfferServiceTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresOfferServiceTests(PostgresPortalFactory portal)
    : OfferServiceTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
