using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>Staff of a verified organisation other than the demo provider's, for tests of who may touch what.</summary>
internal static class OtherOrganisationStaff
{
    private const string Password = "Other#2026staff";

    /// <summary>Creates a new staff account of another verified organisation and returns a client with its bearer token.</summary>
    public static async Task<HttpClient> CreateOtherOrganisationStaffClientAsync(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        _ = portal.Server;
        var email = $"staff-{Guid.NewGuid():N}@other.example";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
            var provider = await db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailFor(PortalRoles.ProviderStaff));
            var other = await db.Organisations.Where(o => o.Status == OrganisationStatus.Verified && o.Id != provider.OrganisationId).OrderBy(o => o.Name).FirstAsync();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "另一机构人员", CreatedAt = DateTimeOffset.UtcNow, OrganisationId = other.Id };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PortalRoles.ProviderStaff)).Succeeded);
        }

        return await portal.CreateBearerClientAsync(email, Password);
    }
}
