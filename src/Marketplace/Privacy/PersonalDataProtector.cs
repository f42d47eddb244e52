using Microsoft.AspNetCore.DataProtection;

namespace Charity.Marketplace.Privacy;

/// <summary>Encrypts and decrypts beneficiaries' personal fields, one by one, with the portal's Data Protection keys.</summary>
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

    public string Protect(string value) => _protector.Protect(value);

    public string Unprotect(string value) => _protector.Unprotect(value);
}
