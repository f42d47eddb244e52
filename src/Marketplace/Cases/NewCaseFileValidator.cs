namespace Charity.Marketplace.Cases;

/// <summary>Checks what a caseworker entered for a new file, field by field, before anything is looked up or stored.</summary>
internal static class NewCaseFileValidator
{
    private const int MaxNameLength = 40;
    private const int MaxAddressLength = 200;
    private const int MaxHouseholdSize = 20;

    public static List<CaseFileProblem> Validate(NewCaseFile request, DateOnly today)
    {
        var problems = new List<CaseFileProblem>();
        void Require(string? value, string field, int maxLength)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new(field, CaseFileProblemCode.Required));
            }
            else if (value.Trim().Length > maxLength)
            {
                problems.Add(new(field, CaseFileProblemCode.TooLong));
            }
        }

        Require(request.HeadName, nameof(NewCaseFile.HeadName), MaxNameLength);
        Require(request.Address, nameof(NewCaseFile.Address), MaxAddressLength);
        if (string.IsNullOrWhiteSpace(request.IdNumber))
        {
            problems.Add(new(nameof(NewCaseFile.IdNumber), CaseFileProblemCode.Required));
        }
        else if (!ChineseIdNumber.IsValid(request.IdNumber, today))
        {
            problems.Add(new(nameof(NewCaseFile.IdNumber), CaseFileProblemCode.IdNumberInvalid));
        }

        if (string.IsNullOrWhiteSpace(request.Phone))
        {
            problems.Add(new(nameof(NewCaseFile.Phone), CaseFileProblemCode.Required));
        }
        else if (!PhoneNumbers.IsMobileOrLandline(request.Phone.Trim()))
        {
            problems.Add(new(nameof(NewCaseFile.Phone), CaseFileProblemCode.PhoneInvalid));
        }

        if (request.HouseholdSize < 1 + request.Members.Count || request.HouseholdSize > MaxHouseholdSize)
        {
            problems.Add(new(nameof(NewCaseFile.HouseholdSize), CaseFileProblemCode.HouseholdSizeInvalid));
        }

        for (var i = 0; i < request.Members.Count; i++)
        {
            var member = request.Members[i];
            Require(member.Name, $"Members[{i}].Name", MaxNameLength);
            if (!string.IsNullOrWhiteSpace(member.IdNumber) && !ChineseIdNumber.IsValid(member.IdNumber, today))
            {
                problems.Add(new($"Members[{i}].IdNumber", CaseFileProblemCode.IdNumberInvalid));
            }
        }

        return problems;
    }
}
