using Charity.Marketplace.Cases;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Matching.Geo;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Casework;

/// <summary>Publishing a need on each real database: personal data blocks it, and the published row leads nowhere back.</summary>
public abstract class NeedPublisherTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private const string CleanDescription = "独居，行动不便，需要每周送餐上门，午餐为主，清淡少盐。";

    private StationDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await StationDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("张女士独居，需要每周送餐上门。", PersonalDataKind.HonorificName)]
    [InlineData("独居，需要每周送餐上门，联系电话13912345678。", PersonalDataKind.Mobile)]
    [InlineData("独居，身份证379900195001011232，需要每周送餐上门。", PersonalDataKind.IdNumber)]
    public async Task PublishAsync_PersonalDataInTheDescription_IsBlockedAndWritesNothing(string description, PersonalDataKind kind)
    {
        var file = await _desk.OpenAsync();
        var assessment = await _desk.SubmitAssessmentAsync(file, StationDesk.Scores((28, 3)));
        var publishedBefore = await CountPublishedNeedsAsync();

        var result = await _desk.Publisher().PublishAsync(_desk.Caseworker, StationDesk.MealDelivery(assessment, description));

        Assert.Equal(NeedPublishOutcome.BlockedByPersonalData, result.Outcome);
        Assert.Equal(kind, Assert.Single(result.Findings!).Kind);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Needs.CountAsync(n => n.CaseFileId == file));
        Assert.Equal(publishedBefore, await CountPublishedNeedsAsync());
    }

    [Fact]
    public async Task PublishAsync_CleanDescription_WritesOneNeedAndOnePublishedNeed()
    {
        var file = await _desk.OpenAsync();
        var assessment = await _desk.SubmitAssessmentAsync(file, StationDesk.Scores((28, 3)));
        var publishedBefore = await CountPublishedNeedsAsync();

        var result = await _desk.Publisher().PublishAsync(_desk.Caseworker, StationDesk.MealDelivery(assessment, CleanDescription));

        Assert.Equal(NeedPublishOutcome.Published, result.Outcome);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var need = await db.Needs.AsNoTracking().SingleAsync(n => n.CaseFileId == file);
        Assert.Equal((result.NeedId, assessment, "LIV-MEAL", NeedStatus.Open), (need.Id, need.AssessmentId, need.ServiceItemCode, need.Status));
        Assert.Equal(publishedBefore + 1, await CountPublishedNeedsAsync());
        var published = await db.PublishedNeeds.AsNoTracking().SingleAsync(p => p.Id == need.PublishedNeedId);
        Assert.Equal(("LIV-MEAL", CleanDescription, _desk.Township.Id), (published.ServiceItemCode, published.Description, published.TownshipId));
    }

    [Fact]
    public async Task PublishAsync_CleanDescription_PublishesARowWithNoWayBackToTheHousehold()
    {
        var household = _desk.NewHousehold();
        var file = await _desk.OpenAsync(household);
        var fileNumber = (await _desk.DetailAsync(file)).FileNumber;
        var assessment = await _desk.SubmitAssessmentAsync(file, StationDesk.Scores((28, 3)));
        var member = household.Members.Single();

        var result = await _desk.Publisher().PublishAsync(_desk.Caseworker, StationDesk.MealDelivery(assessment, CleanDescription));

        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var need = await db.Needs.AsNoTracking().SingleAsync(n => n.Id == result.NeedId);
        var row = (await RawRows.ReadAsync(db, RawRows.PublishedNeeds)).WithId(need.PublishedNeedId);
        Assert.DoesNotContain(row.Keys, column => column.Contains("CaseFile", StringComparison.OrdinalIgnoreCase)
            || column.Contains("Assessment", StringComparison.OrdinalIgnoreCase)
            || column.Contains("Station", StringComparison.OrdinalIgnoreCase)
            || column.Contains("Community", StringComparison.OrdinalIgnoreCase));
        string[] traces =
        [
            file.ToString(), assessment.ToString(), need.Id.ToString(), _desk.Caseworker.StationId!.Value.ToString(), household.CommunityId.ToString(),
            fileNumber, household.HeadName, household.IdNumber, household.Phone, household.Address, member.Name, member.IdNumber!,
        ];
        foreach (var trace in traces)
        {
            Assert.DoesNotContain(row.Values, value => value is not null && value.Contains(trace, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task PublishAsync_Location_IsTheCentreOfACellThatAtLeastFiveActiveFilesShare()
    {
        var file = await _desk.OpenAsync();
        var assessment = await _desk.SubmitAssessmentAsync(file, StationDesk.Scores((28, 3)));

        var result = await _desk.Publisher().PublishAsync(_desk.Caseworker, StationDesk.MealDelivery(assessment, CleanDescription));

        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var published = await db.PublishedNeeds.AsNoTracking().SingleAsync(p => db.Needs.Any(n => n.Id == result.NeedId && n.PublishedNeedId == p.Id));
        var household = await db.CaseFiles.AsNoTracking().Where(c => c.Id == file).Select(c => new GridCell(0, c.CellRow, c.CellColumn)).SingleAsync();
        var activeCells = (await db.CaseFiles.AsNoTracking()
                .Where(c => c.Status == CaseFileStatus.Active)
                .Select(c => new { c.CellRow, c.CellColumn })
                .ToListAsync())
            .Select(c => new GridCell(0, c.CellRow, c.CellColumn))
            .ToList();
        var grid = NeedAnonymisation.Grid;
        if (published.ApproximateCellKm is not { } cellKm)
        {
            Assert.Equal(_desk.Township.Centre, new GeoPoint(published.ApproximateLatitude, published.ApproximateLongitude));
            var coarsest = grid.LevelWithCellsOfAtLeast(new LocationAnonymityOptions().CoarsestCellKm);
            Assert.All(Enumerable.Range(0, coarsest + 1), level =>
                Assert.True(activeCells.Count(c => c.AncestorAt(level) == household.AncestorAt(level)) < 5, $"Level {level} has five files; the township centre was not needed."));
            return;
        }

        var publishedLevel = grid.LevelWithCellsOfAtLeast(cellKm);
        var cell = household.AncestorAt(publishedLevel);
        var centre = grid.CentreOf(cell);
        Assert.Equal(cellKm, grid.CellSizeKm(publishedLevel));
        Assert.Equal(centre.Latitude, published.ApproximateLatitude, 9);
        Assert.Equal(centre.Longitude, published.ApproximateLongitude, 9);
        Assert.True(activeCells.Count(c => c.AncestorAt(publishedLevel) == cell) >= 5, $"Fewer than five active files share the published cell of {cellKm} km.");
    }

    private async Task<int> CountPublishedNeedsAsync()
    {
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        return await db.PublishedNeeds.CountAsync();
    }
}

public sealed class SqliteNeedPublisherTests(SqlitePortalFactory portal)
    : NeedPublisherTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresNeedPublisherTests(PostgresPortalFactory portal)
    : NeedPublisherTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
