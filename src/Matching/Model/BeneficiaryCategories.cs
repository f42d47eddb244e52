namespace Charity.Matching.Model;

/// <summary>
/// The assistance categories of beneficiaries (对象类别). A need has exactly one; an offer lists the ones it
/// serves, where <see cref="None"/> means it serves every category.
/// </summary>
[Flags]
public enum BeneficiaryCategories
{
    None = 0,
    ExtremePoverty = 1 << 0,
    MinimumSubsistence = 1 << 1,
    MarginalFamily = 1 << 2,
    RigidExpenditureHardship = 1 << 3,
    MonitoredForRelapse = 1 << 4,
    TemporaryAssistance = 1 << 5,
    OtherReferred = 1 << 6,
}
