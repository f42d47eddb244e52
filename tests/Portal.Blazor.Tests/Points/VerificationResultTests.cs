using System.Globalization;
using Bunit;
using Charity.Points.Verification;
using Charity.Portal.Blazor.Components.Pages.Points;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Tests.Points;

public sealed class VerificationResultTests : MudBlazorTestContext
{
    public VerificationResultTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.Chinese);

    public static TheoryData<VerificationProblem, string> Problems
    {
        get
        {
            var data = new TheoryData<VerificationProblem, string>();
            foreach (var problem in Enum.GetValues<VerificationProblem>())
            {
                data.Add(problem, PortalCultures.Chinese);
                data.Add(problem, PortalCultures.English);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void EveryProblem_HasANameInEachLanguage(VerificationProblem problem, string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var texts = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var name = texts[VerificationProblemNames.KeyOf(problem)];

        Assert.False(name.ResourceNotFound, $"{problem} in {culture}");
    }

    [Fact]
    public void Render_NothingFound_SaysTheLedgerIsIntact()
    {
        var cut = Render<VerificationResult>(parameters => parameters
            .Add(p => p.Report, new VerificationReport(120, 240, 30, 0, []))
            .Add(p => p.Elapsed, TimeSpan.FromSeconds(1.5)));

        Assert.Contains("账本完整", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tbody tr"));
    }

    [Fact]
    public void Render_Findings_ListsEachWithItsLocalizedProblemName()
    {
        var account = Guid.NewGuid();
        var report = new VerificationReport(120, 240, 30, 2,
        [
            new VerificationFinding(VerificationProblem.SequenceGap, null, account, 7),
            new VerificationFinding(VerificationProblem.Unbalanced, Guid.NewGuid(), null, null),
        ]);

        var cut = Render<VerificationResult>(parameters => parameters.Add(p => p.Report, report).Add(p => p.Elapsed, TimeSpan.FromSeconds(2)));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("账户记录序号不连续", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(account.ToString(), rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("交易借贷不平衡", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[role=alert]"));
    }
}
