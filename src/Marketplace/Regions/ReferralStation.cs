using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Regions;

/// <summary>A township's social-assistance referral station (社会救助服务转介驿站). Its office details are public.</summary>
public sealed class ReferralStation
{
    private ReferralStation()
    {
        Name = new LocalizedText(string.Empty, string.Empty);
        OfficeAddress = string.Empty;
        OfficePhone = string.Empty;
    }

    public ReferralStation(Region township, LocalizedText name, string officeAddress, string officePhone)
    {
        ArgumentNullException.ThrowIfNull(township);
        ArgumentNullException.ThrowIfNull(name);
        if (township.Level != RegionLevel.Township)
        {
            throw new ArgumentException("A referral station serves a township or street.", nameof(township));
        }

        Id = Guid.CreateVersion7();
        Township = township;
        TownshipId = township.Id;
        Name = name;
        OfficeAddress = officeAddress;
        OfficePhone = officePhone;
    }

    public Guid Id { get; private set; }

    public Guid TownshipId { get; private set; }

    public Region Township { get; private set; } = null!;

    public LocalizedText Name { get; private set; }

    public string OfficeAddress { get; private set; }

    public string OfficePhone { get; private set; }
}
