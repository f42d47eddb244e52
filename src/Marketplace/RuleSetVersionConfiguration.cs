using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace;

internal static class RuleSetVersionConfiguration
{
    /// <summary>Maps a rule-set version to its table: one row per number, the settings as JSON.</summary>
    public static void ConfigureVersions<TVersion, TRules>(this EntityTypeBuilder<TVersion> builder, string table)
        where TVersion : RuleSetVersion<TRules>
        where TRules : class
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.CreatedBy).HasMaxLength(60);
        builder.Ignore(r => r.Rules);
    }
}
