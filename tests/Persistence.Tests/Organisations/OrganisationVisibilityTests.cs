using Charity.Marketplace.Organisations;
using Charity.TestSupport.Web;

namespace Charity.Persistence.Tests.Organisations;

/// <summary>Who sees an organisation before and after the bureau's decision, and decisions on stale versions.</summary>
public abstract class OrganisationVisibilityTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private ProviderDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProviderDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Unverified_IsInvisibleToOthers_VisibleToOwnStaffAndBureau()
    {
        var id = await _desk.SignedUpAsync();
        var other = await _desk.SignedUpAsync();

        Assert.Null(await _desk.Directory.FindAsync(OrganisationViewer.Anonymous, id));
        Assert.Null(await _desk.Directory.FindAsync(OrganisationViewer.StaffOf(other), id));
        Assert.Null(await _desk.Directory.FindPublicAsync(id));
        Assert.DoesNotContain((await _desk.Directory.ListVerifiedAsync(0, 1000)).Items, o => o.Id == id);
        Assert.Equal(OrganisationStatus.PendingVerification, (await _desk.Directory.FindAsync(OrganisationViewer.StaffOf(id), id))?.Status);
        Assert.NotNull(await _desk.Directory.FindAsync(OrganisationViewer.Bureau, id));
    }

    [Fact]
    public async Task VerifyAsync_CurrentVersion_MakesItVisibleToEveryone()
    {
        var id = await _desk.SignedUpAsync();

        var result = await _desk.Verification.VerifyAsync(id, await _desk.VersionOfAsync(id));

        Assert.Equal(OrganisationOutcome.Done, result.Outcome);
        var profile = await _desk.Directory.FindAsync(OrganisationViewer.Anonymous, id);
        Assert.NotNull(profile);
        Assert.Equal(OrganisationStatus.Verified, profile.Status);
        Assert.NotNull(profile.VerifiedAt);
        Assert.Null(profile.CreditCode);
        Assert.Equal(2, profile.ServiceDistricts.Count);
        Assert.Contains((await _desk.Directory.ListVerifiedAsync(0, 1000)).Items, o => o.Id == id);
    }

    [Fact]
    public async Task RejectAsync_WithReason_RecordsItAndStaysInvisibleToOthers()
    {
        var id = await _desk.SignedUpAsync();

        var result = await _desk.Verification.RejectAsync(id, " 登记证书已过期 ", await _desk.VersionOfAsync(id));

        Assert.Equal(OrganisationOutcome.Done, result.Outcome);
        Assert.Null(await _desk.Directory.FindAsync(OrganisationViewer.Anonymous, id));
        var own = await _desk.Directory.FindAsync(OrganisationViewer.StaffOf(id), id);
        Assert.Equal((OrganisationStatus.Rejected, "登记证书已过期"), (own?.Status, own?.RejectionReason));
    }

    [Fact]
    public async Task RejectAsync_WithoutReason_IsRefused()
    {
        var id = await _desk.SignedUpAsync();

        var result = await _desk.Verification.RejectAsync(id, "  ", await _desk.VersionOfAsync(id));

        Assert.Equal([new OrganisationProblem("Reason", OrganisationProblemCode.ReasonRequired)], result.Problems);
    }

    [Fact]
    public async Task Decisions_OnAStaleVersion_AreConflictsAndTheFirstStands()
    {
        var id = await _desk.SignedUpAsync();
        var version = await _desk.VersionOfAsync(id);
        Assert.Equal(OrganisationOutcome.Done, (await _desk.Verification.VerifyAsync(id, version)).Outcome);

        var reject = await _desk.Verification.RejectAsync(id, "材料不全", version);
        var verifyAgain = await _desk.Verification.VerifyAsync(id, version);

        Assert.Equal(OrganisationOutcome.Conflict, reject.Outcome);
        Assert.Equal(OrganisationOutcome.Conflict, verifyAgain.Outcome);
        Assert.Equal(OrganisationStatus.Verified, (await _desk.Directory.FindAsync(OrganisationViewer.Bureau, id))?.Status);
    }

    [Fact]
    public async Task LogoAsync_OfUnverifiedOrganisation_OnlyForInsiders()
    {
        var request = _desk.NewOrganisation(logo: new NewOrganisationLogo("image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2]));
        var id = (await _desk.SignUpAsync(request)).User!.OrganisationId!.Value;

        Assert.Null(await _desk.Directory.LogoAsync(OrganisationViewer.Anonymous, id));
        Assert.Equal("image/jpeg", (await _desk.Directory.LogoAsync(OrganisationViewer.StaffOf(id), id))?.ContentType);
    }
}

public sealed class SqliteOrganisationVisibilityTests(SqlitePortalFactory portal)
    : OrganisationVisibilityTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresOrganisationVisibilityTests(PostgresPortalFactory portal)
    : OrganisationVisibilityTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
