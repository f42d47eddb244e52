using System.Globalization;
using System.Security.Claims;
using Bunit;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Rewards;
using Charity.Points;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Components.Pages.Points;
using Charity.Portal.Blazor.Components.Parts;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;
using Charity.TestSupport.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Components;

/// <summary>A provider whose organisation earned too little for the top of the leaderboard still sees where it stands.</summary>
public sealed class OrganisationLeaderboardTests : MudBlazorTestContext, IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private const int Others = 21;

    private readonly SqliteTestDatabase _database;
    private readonly Guid _ownOrganisation = Guid.NewGuid();

    public OrganisationLeaderboardTests(SqliteTestDatabase database)
    {
        _database = database;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.Chinese);
        Services.AddMarketplaceAndLedger(database);
        var authorization = AddAuthorization();
        authorization.SetAuthorized("provider@example.org");
        authorization.SetRoles(PortalRoles.ProviderStaff);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(PortalClaims.OrganisationId, _ownOrganisation.ToString()));
    }

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        await _database.MigratePointsAsync();
        var accounts = Services.GetRequiredService<RewardAccounts>();
        var ledger = Services.GetRequiredService<Ledger>();
        var funding = (await Services.GetRequiredService<LedgerAccounts>().OpenAsync($"funding:{Guid.NewGuid():N}", AccountKind.Funding, LedgerUnits.Shell)).Id;
        async Task EarnAsync(Guid organisation, long points)
        {
            var account = (await accounts.OrganisationAsync(organisation)).Id;
            var key = Guid.NewGuid().ToString("N");
            Assert.Equal(TransferStatus.Applied, (await ledger.TransferAsync(TransferRequest.Move(key, new BusinessReference("test", key), "earned", funding, account, points))).Status);
        }

        for (var i = 0; i < Others; i++)
        {
            await EarnAsync(Guid.NewGuid(), 100 + i);
        }

        await EarnAsync(_ownOrganisation, 7);
    }

    /// <summary>MudBlazor leaves services that only dispose asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void Render_OwnOrganisationBelowTheTop_IsShownAfterTheGapWithItsRank()
    {
        var cut = Render<OrganisationLeaderboard>(parameters => parameters.AddCascadingValue(new DisplayPreferences(careMode: false)));

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("tbody tr");
            var own = Assert.Single(rows, row => row.GetAttribute("aria-current") == "true");
            Assert.Same(rows[^1], own);
            Assert.Equal("⋯", rows[^2].TextContent.Trim());
            var cells = own.QuerySelectorAll("td");
            Assert.Equal((Others + 1).ToString(CultureInfo.InvariantCulture), cells[0].TextContent.Trim());
            Assert.Equal("7", cells[2].TextContent.Trim());
        });
    }
}
