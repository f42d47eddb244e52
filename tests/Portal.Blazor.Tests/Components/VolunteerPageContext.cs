using System.Globalization;
using System.Security.Claims;
using Bunit;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Points;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;
using Charity.TestSupport.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Components;

/// <summary>A volunteer without a profile, in Chinese, rendering pages over a migrated test database of its own.</summary>
public abstract class VolunteerPageContext : MudBlazorTestContext, IAsyncLifetime
{
    private readonly SqliteTestDatabase _database;

    protected VolunteerPageContext(SqliteTestDatabase database)
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

    public virtual async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        await _database.MigratePointsAsync();
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
