using Charity.Marketplace.Organisations;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>The verified organisations by name, for choosing a sponsor or naming a leaderboard's places.</summary>
internal static class VerifiedOrganisations
{
    /// <summary>More than the city has; a list longer than this is cut.</summary>
    public const int Limit = 2000;

    public static async Task<IReadOnlyList<OrganisationDirectory.Row>> ListVerifiedByNameAsync(this OrganisationDirectory directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var page = await directory.PageAsync(new OrganisationDirectory.Filter(null, null, OrganisationStatus.Verified), 0, Limit, cancellationToken);
        return page.Rows;
    }
}
