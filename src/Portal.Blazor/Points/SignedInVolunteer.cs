using System.Security.Claims;
using Charity.Marketplace.Rewards;
using Charity.Marketplace.Volunteers;
using Charity.Points.Accounts;
using Charity.Portal.Blazor.Accounts;

namespace Charity.Portal.Blazor.Points;

/// <summary>The volunteer record and points account of the person signed in, as the points pages and the statement download find them.</summary>
internal sealed class SignedInVolunteer(VolunteerProfiles profiles, RewardAccounts accounts)
{
    /// <summary>A volunteer and their points account, which is null before they earned anything.</summary>
    public sealed record VolunteerPoints(Guid VolunteerId, AccountView? Account);

    /// <summary>The volunteer <paramref name="user"/> is, or null for a person without a volunteer record.</summary>
    public async Task<VolunteerPoints?> FindAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await IdOfAsync(user, cancellationToken) is { } volunteerId
            ? new VolunteerPoints(volunteerId, await accounts.FindVolunteerAsync(volunteerId, cancellationToken))
            : null;

    /// <summary>The id of the volunteer <paramref name="user"/> is, or null for a person without a volunteer record.</summary>
    public async Task<Guid?> IdOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        PortalClaims.UserIdOf(user) is { } userId ? await profiles.VolunteerIdOfAsync(userId, cancellationToken) : null;
}
