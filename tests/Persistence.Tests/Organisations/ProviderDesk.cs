using Charity.Marketplace;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Accounts;
using Charity.TestSupport.Organisations;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Organisations;

/// <summary>Organisation sign-up, directory and verification on a real portal and database.</summary>
internal sealed class ProviderDesk(PortalFactory portal, IReadOnlyList<Region> districts)
{
    public const string Password = "Provider#2026";

    public IReadOnlyList<Region> Districts { get; } = districts;

    public IDbContextFactory<MarketplaceDbContext> Contexts => portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>();

    public OrganisationDirectory Directory => new(Contexts);

    public OrganisationVerification Verification => new(Contexts, TimeProvider.System);

    public static async Task<ProviderDesk> OpenAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        _ = portal.Server;
        var regions = new RegionDirectory(portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>());
        return new ProviderDesk(portal, await regions.ListAsync(RegionLevel.District));
    }

    public NewOrganisation NewOrganisation(string? creditCode = null, string? email = null, NewOrganisationLogo? logo = null) => new(
        OrganisationType.Charity,
        $"测试慈善会{Guid.NewGuid():N}"[..12],
        creditCode ?? FictitiousCreditCodes.Next(),
        "0631-5211111",
        Districts[0].Id,
        [Districts[0].Id, Districts[1].Id],
        "林晓",
        email ?? $"staff-{Guid.NewGuid():N}@example.org",
        logo);

    public async Task<OrganisationSignUp.Result> SignUpAsync(NewOrganisation request, string password = Password)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrganisationSignUp>().RegisterAsync(request, password);
    }

    /// <summary>Signs up a new organisation and returns its id; it is pending verification.</summary>
    public async Task<Guid> SignedUpAsync()
    {
        var result = await SignUpAsync(NewOrganisation());
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Code.ToString()).Concat(result.IdentityErrors.Select(e => e.Code))));
        return result.User!.OrganisationId!.Value;
    }

    public async Task<Guid> VersionOfAsync(Guid organisationId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Version).SingleAsync();
    }
}
