using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Charity.Persistence.PostgreSql.Migrations.Points
{
    /// <inheritdoc />
    public partial class InitialPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PointsAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Owner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    HashHead = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PointsTransactions",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReferenceKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReferenceId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReversesTransactionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsTransactions", x => x.Sequence);
                    table.UniqueConstraint("AK_PointsTransactions_Id", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PointsTransactions_PointsTransactions_ReversesTransactionId",
                        column: x => x.ReversesTransactionId,
                        principalTable: "PointsTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PointsPostings",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountSequence = table.Column<long>(type: "bigint", nullable: false),
                    TransactionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    BalanceAfter = table.Column<long>(type: "bigint", nullable: false),
                    EarnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsPostings", x => new { x.AccountId, x.AccountSequence });
                    table.ForeignKey(
                        name: "FK_PointsPostings_PointsAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "PointsAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PointsPostings_PointsTransactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "PointsTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PointsAccounts_Owner_Kind_Unit",
                table: "PointsAccounts",
                columns: new[] { "Owner", "Kind", "Unit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsPostings_TransactionId",
                table: "PointsPostings",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsTransactions_IdempotencyKey",
                table: "PointsTransactions",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsTransactions_ReferenceKind_ReferenceId",
                table: "PointsTransactions",
                columns: new[] { "ReferenceKind", "ReferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsTransactions_ReversesTransactionId",
                table: "PointsTransactions",
                column: "ReversesTransactionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PointsPostings");

            migrationBuilder.DropTable(
                name: "PointsAccounts");

            migrationBuilder.DropTable(
                name: "PointsTransactions");
        }
    }
}
