using System.Globalization;
using System.Security.Claims;
using Bunit;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Components.Pages.Store;
using Charity.Portal.Blazor.Points;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;
using Charity.TestSupport.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Components;

public sealed class SupermarketTests : MudBlazorTestContext, IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private readonly SqliteTestDatabase _database;

    public SupermarketTests(SqliteTestDatabase database)
    {
        _database = database;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.Chinese);
        Services.AddMarketplaceAndLedger(database);
        Services.AddScoped<SignedInVolunteer>();
        var authorization = AddAuthorization();
        authorization.SetAuthorized("volunteer@example.org");
        authorization.SetRoles(PortalRoles.Volunteer);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()));
    }

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        await _database.MigratePointsAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Render_WithEmptyShelves_SaysSponsorsStockItemsHere()
    {
        var cut = Render<Supermarket>();

        cut.WaitForAssertion(() =>
        {
            var status = cut.Find("[role=status]");
            Assert.Contains("积分超市暂时没有可兑换的物品", status.TextContent, StringComparison.Ordinal);
            Assert.Contains("赞助单位上架物品后会显示在这里。", status.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal("/store/orders", cut.Find("a[href='/store/orders']").GetAttribute("href"));
    }
}
