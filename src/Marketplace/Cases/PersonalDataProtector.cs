using Microsoft.AspNetCore.DataProtection;

namespace Charity.Marketplace.Cases;

/// <summary>Encrypts and decrypts beneficiaries' personal fields with the portal's Data Protection keys.</summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Charity.Marketplace.Cases.PersonalData.v1");

    public ProtectedPersonalData Protect(PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new(_protector.Protect(data.Name), _protector.Protect(data.Phone), _protector.Protect(data.Address));
    }

    public PersonalData Unprotect(ProtectedPersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new(_protector.Unprotect(data.Name), _protector.Unprotect(data.Phone), _protector.Unprotect(data.Address));
    }
}
