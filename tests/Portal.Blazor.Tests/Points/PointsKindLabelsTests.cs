using Charity.Marketplace.Rewards;
using Charity.Points.Expiry;
using Charity.Points.Store;
using Charity.Portal.Blazor.Points;
using Charity.Portal.Blazor.Preferences;

namespace Charity.Portal.Blazor.Tests.Points;

public sealed class PointsKindLabelsTests
{
    public static TheoryData<string, string, string> KnownKinds => new()
    {
        { RewardReferences.Visit, "服务时长", "Service hours" },
        { RewardReferences.Gift, "爱心转赠", "Gift" },
        { StoreOrders.OrderReferenceKind, "积分超市兑换", "Supermarket order" },
        { StoreOrders.CancellationReferenceKind, "订单取消退回", "Order refunded" },
        { PointsExpiry.ReferenceKind, "积分过期", "Expired" },
    };

    [Theory]
    [MemberData(nameof(KnownKinds))]
    public void Label_OfAVolunteerKind_IsInTheReadersLanguage(string kind, string chinese, string english)
    {
        Assert.Equal(chinese, PointsKindLabels.Label(PortalTexts.In(PortalCultures.Chinese), kind));
        Assert.Equal(english, PointsKindLabels.Label(PortalTexts.In(PortalCultures.English), kind));
    }

    [Fact]
    public void Label_OfEveryKindTheFilterOffers_IsFoundInTheResources()
    {
        var texts = PortalTexts.In(PortalCultures.Chinese);

        Assert.All(PointsKindLabels.VolunteerKinds, kind => Assert.False(texts[PointsKindLabels.KeyOf(kind)].ResourceNotFound, kind));
    }

    [Fact]
    public void Label_OfAnUnknownKind_IsTheSharedOtherLabel()
    {
        Assert.Equal("其他", PointsKindLabels.Label(PortalTexts.In(PortalCultures.Chinese), "budget-transfer"));
    }
}
