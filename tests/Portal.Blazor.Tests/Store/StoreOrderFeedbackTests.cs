using System.Globalization;
using Charity.Points.Store;
using Charity.Portal.Blazor.Components.Pages.Store;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Tests.Store;

public sealed class StoreOrderFeedbackTests : MudBlazorTestContext
{
    public StoreOrderFeedbackTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.Chinese);

    [Fact]
    public void ShortNumber_IsTheLastEightHexDigitsInCapitals()
    {
        var id = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        Assert.Equal("2E3F4A5B", StoreOrderFeedback.ShortNumber(id));
    }

    [Theory]
    [InlineData(StoreOrderOutcome.Collected)]
    [InlineData(StoreOrderOutcome.Cancelled)]
    public void WhyRefused_StepTaken_SaysNothing(StoreOrderOutcome outcome)
    {
        Assert.Null(StoreOrderFeedback.WhyRefused(Texts(), new StoreOrderResult(outcome)));
    }

    [Theory]
    [InlineData(StoreOrderOutcome.NotFound)]
    [InlineData(StoreOrderOutcome.NotPlaced)]
    [InlineData(StoreOrderOutcome.InsufficientFunds)]
    [InlineData(StoreOrderOutcome.Invalid)]
    public void WhyRefused_StepRefused_ExplainsInThePersonsLanguage(StoreOrderOutcome outcome)
    {
        var texts = Texts();

        var message = StoreOrderFeedback.WhyRefused(texts, new StoreOrderResult(outcome));

        Assert.Equal(texts[$"StoreOrderOutcome.{outcome}"].Value, message);
        Assert.False(texts[$"StoreOrderOutcome.{outcome}"].ResourceNotFound);
    }

    private IStringLocalizer<SharedResource> Texts() => Services.GetRequiredService<IStringLocalizer<SharedResource>>();
}
