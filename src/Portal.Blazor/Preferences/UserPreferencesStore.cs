using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;

namespace Charity.Portal.Blazor.Preferences;

/// <summary>Remembers a signed-in person's language and care mode, so they follow them to any device.</summary>
public sealed class UserPreferencesStore(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public async Task SaveCultureAsync(Guid userId, string culture, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, PortalCultures.Normalise(culture)), cancellationToken);
    }

    public async Task SaveCareModeAsync(Guid userId, bool careMode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.CareMode, careMode), cancellationToken);
    }
}
