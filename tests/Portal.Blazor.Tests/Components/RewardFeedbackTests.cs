using System.Globalization;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Components.Parts;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Tests.Components;

public sealed class RewardFeedbackTests : MudBlazorTestContext
{
    private static readonly RewardResult PriceRefused = RewardResult.Invalid("Price", new LocalizedText("积分价格应为正整数。", "The price must be a positive whole number of points."));

    private readonly IStringLocalizer<SharedResource> _texts;

    public RewardFeedbackTests()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.English);
        _texts = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    [Fact]
    public void ProblemWith_TheFieldNamed_GivesItsMessageWhateverTheCase()
    {
        Assert.Equal("The price must be a positive whole number of points.", RewardFeedback.ProblemWith(PriceRefused, "price"));
        Assert.Null(RewardFeedback.ProblemWith(PriceRefused, "Stock"));
        Assert.Null(RewardFeedback.ProblemWith(null, "Price"));
    }

    [Fact]
    public void ForForm_ProblemWithAListedField_LeavesItToTheField()
    {
        Assert.Null(RewardFeedback.ForForm(_texts, PriceRefused, "Name", "Price"));
    }

    [Fact]
    public void ForForm_ProblemWithAnUnlistedField_ShowsItForTheWholeForm()
    {
        var sponsorRefused = RewardResult.Invalid("sponsorId", new LocalizedText("请选择赞助机构。", "Choose the sponsoring organisation."));

        Assert.Equal("Choose the sponsoring organisation.", RewardFeedback.ForForm(_texts, sponsorRefused, "Name", "Price"));
    }

    [Fact]
    public void ForForm_StaleEdit_SaysSomeoneElseChangedIt()
    {
        var message = RewardFeedback.ForForm(_texts, RewardResult.Conflict);

        Assert.StartsWith("Someone else changed it", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForForm_Done_SaysNothing()
    {
        Assert.Null(RewardFeedback.ForForm(_texts, RewardResult.Done(Guid.NewGuid())));
        Assert.Null(RewardFeedback.ForForm(_texts, null));
    }
}
