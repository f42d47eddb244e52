namespace Charity.Marketplace.Cases;

/// <summary>Groups that raise a household's priority (DOMAIN: special groups).</summary>
[Flags]
public enum SpecialGroups
{
    None = 0,
    SeriouslyIll = 1,
    SeverelyDisabled = 2,
    DisabledOrDementedElderly = 4,
    ChildInDistress = 8,
    ElderlyLivingAlone = 16,
    StrandedByEmergency = 32,
}
