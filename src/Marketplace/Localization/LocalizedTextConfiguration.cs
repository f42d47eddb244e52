using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Localization;

internal static class LocalizedTextConfiguration
{
    public static void ConfigureLocalizedText(this ComplexPropertyBuilder<LocalizedText> builder, int maxLength)
    {
        builder.Property(t => t.ZhCn).HasMaxLength(maxLength).IsRequired();
        builder.Property(t => t.EnUs).HasMaxLength(maxLength).IsRequired();
    }
}
