using Charity.Marketplace.Cases;
using Charity.Marketplace.Localization;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// 爱心转赠: a volunteer gives points to the households of a township station, and the station's caseworker passes
/// them on to a household. Givers never learn who received them, and households' files stay with their station.
/// </summary>
public sealed class PointsGifts(IDbContextFactory<MarketplaceDbContext> contextFactory, RewardAccounts accounts, Ledger ledger, TimeProvider clock)
{
    /// <summary>The most points one gift may move.</summary>
    public const long MaximumGift = 10_000;

    /// <summary>A volunteer gives points to a station's gift pool; <paramref name="requestId"/> makes a resent form give once.</summary>
    public async Task<RewardResult> GiveToStationAsync(Guid volunteerId, Guid stationId, long points, Guid requestId, CancellationToken cancellationToken = default)
    {
        if (ProblemWithPoints(points) is { } problem)
        {
            return problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Stations.AnyAsync(s => s.Id == stationId, cancellationToken))
        {
            return RewardResult.Invalid("stationId", new LocalizedText("请选择驿站。", "Choose a station."));
        }

        var giver = await accounts.VolunteerAsync(volunteerId, cancellationToken);
        var pool = await accounts.GiftPoolAsync(stationId, cancellationToken);
        return Outcome(await MoveAsync(requestId, giver.Id, pool.Id, points, "→ 驿站 · station", cancellationToken));
    }

    /// <summary>A caseworker passes points from the station's gift pool to one of its households.</summary>
    public async Task<RewardResult> PassOnAsync(CaseAccess access, Guid caseFileId, long points, Guid requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (ProblemWithPoints(points) is { } problem)
        {
            return problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stationId = await access.Visible(db.CaseFiles).Where(f => f.Id == caseFileId).Select(f => (Guid?)f.StationId).SingleOrDefaultAsync(cancellationToken);
        if (stationId is not { } station)
        {
            return RewardResult.NotFound;
        }

        var pool = await accounts.GiftPoolAsync(station, cancellationToken);
        var household = await accounts.HouseholdAsync(caseFileId, cancellationToken);
        var result = await MoveAsync(requestId, pool.Id, household.Id, points, "→ 家庭 · household", cancellationToken);
        if (result.Status == TransferStatus.Applied)
        {
            db.CaseFileEvents.Add(access.Event(caseFileId, CaseEventKind.PointsGiven, clock.GetUtcNow(), $"+{points}"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome(result);
    }

    /// <summary>Points given to the station's households and not yet passed on.</summary>
    public async Task<long> PoolBalanceAsync(Guid stationId, CancellationToken cancellationToken = default) =>
        (await accounts.FindGiftPoolAsync(stationId, cancellationToken))?.Balance ?? 0;

    private static RewardResult? ProblemWithPoints(long points) =>
        points is < 1 or > MaximumGift
            ? RewardResult.Invalid(nameof(points), new LocalizedText($"积分应在 1 到 {MaximumGift:N0} 之间。", $"Points must be between 1 and {MaximumGift:N0}."))
            : null;

    private Task<TransferResult> MoveAsync(Guid requestId, Guid from, Guid to, long points, string description, CancellationToken cancellationToken) =>
        ledger.TransferAsync(
            TransferRequest.Move($"{RewardReferences.Gift}:{requestId:N}", new BusinessReference(RewardReferences.Gift, requestId.ToString("N")), description, from, to, points),
            cancellationToken);

    private static RewardResult Outcome(TransferResult result) => result.Status switch
    {
        TransferStatus.InsufficientFunds => RewardResult.InsufficientPoints,
        _ when result.Succeeded => RewardResult.Done(result.Transaction!.Id),
        _ => throw new InvalidOperationException($"A gift was refused: {result.Status}."),
    };
}
