using Bunit;
using Charity.Portal.Blazor.Components.Parts;
using Charity.TestSupport.Components;

namespace Charity.Portal.Blazor.Tests.Components;

public sealed class EmptyStateTests : MudBlazorTestContext
{
    [Fact]
    public void Render_WithTitleAndMessage_AnnouncesBothAsAStatus()
    {
        var cut = Render<EmptyState>(parameters => parameters
            .Add(p => p.Title, "暂无转介任务")
            .Add(p => p.Message, "驿站转介后会显示在这里。"));

        var status = cut.Find("[role=status]");
        Assert.Contains("暂无转介任务", status.TextContent, StringComparison.Ordinal);
        Assert.Contains("驿站转介后会显示在这里。", status.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithChildContent_ShowsTheAction()
    {
        var cut = Render<EmptyState>(parameters => parameters
            .Add(p => p.Title, "Nothing yet")
            .AddChildContent("<a href=\"/catalog\">Open the catalog</a>"));

        Assert.Equal("/catalog", cut.Find("a").GetAttribute("href"));
    }
}
