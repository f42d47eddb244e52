using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charity.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Rewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedAttempts",
                table: "Outbox",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LastFailure",
                table: "Outbox",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RewardBudgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Sponsor = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardBudgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RewardRuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    RulesJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardRuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerDays",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Points = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerDays", x => new { x.VolunteerId, x.ServiceDate });
                    table.ForeignKey(
                        name: "FK_VolunteerDays_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerEarnings",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Points = table.Column<long>(type: "bigint", nullable: false),
                    RuleSetNumber = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TransactionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerEarnings", x => new { x.VisitId, x.VolunteerId });
                    table.ForeignKey(
                        name: "FK_VolunteerEarnings_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VolunteerEarnings_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RewardBudgets_AccountId",
                table: "RewardBudgets",
                column: "AccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardBudgets_Name",
                table: "RewardBudgets",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardRuleSets_Number",
                table: "RewardRuleSets",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerEarnings_VolunteerId_ServiceDate",
                table: "VolunteerEarnings",
                columns: new[] { "VolunteerId", "ServiceDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RewardBudgets");

            migrationBuilder.DropTable(
                name: "RewardRuleSets");

            migrationBuilder.DropTable(
                name: "VolunteerDays");

            migrationBuilder.DropTable(
                name: "VolunteerEarnings");

            migrationBuilder.DropColumn(
                name: "FailedAttempts",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "LastFailure",
                table: "Outbox");
        }
    }
}
