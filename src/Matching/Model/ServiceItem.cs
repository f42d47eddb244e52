namespace Charity.Matching.Model;

/// <summary>A catalog service item (e.g. <c>LIV-MEAL</c>) and the code of its category (e.g. <c>LIV</c>); catalog data, compared ordinally.</summary>
public readonly record struct ServiceItem
{
    public ServiceItem(string code, string categoryCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(categoryCode);
        Code = code;
        CategoryCode = categoryCode;
    }

    public string Code { get; }

    public string CategoryCode { get; }
}
