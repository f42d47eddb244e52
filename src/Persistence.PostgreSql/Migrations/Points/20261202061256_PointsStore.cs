using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charity.Persistence.PostgreSql.Migrations.Points
{
    /// <inheritdoc />
    public partial class PointsStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PointsStoreItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sponsor = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    Stock = table.Column<int>(type: "integer", nullable: false),
                    PickUpLocation = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsStoreItems", x => x.Id);
                    table.CheckConstraint("CK_PointsStoreItems_Price", "\"Price\" > 0");
                    table.CheckConstraint("CK_PointsStoreItems_Stock", "\"Stock\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "PointsStoreOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(180)", maxLength: 180, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyerAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    PickUpLocation = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CollectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CollectedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PaymentTransactionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RefundTransactionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsStoreOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PointsStoreOrders_PointsAccounts_BuyerAccountId",
                        column: x => x.BuyerAccountId,
                        principalTable: "PointsAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PointsStoreOrders_PointsStoreItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "PointsStoreItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PointsStoreOrders_PointsTransactions_PaymentTransactionId",
                        column: x => x.PaymentTransactionId,
                        principalTable: "PointsTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PointsStoreOrders_PointsTransactions_RefundTransactionId",
                        column: x => x.RefundTransactionId,
                        principalTable: "PointsTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreItems_Active_CreatedAt",
                table: "PointsStoreItems",
                columns: new[] { "Active", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreItems_Sponsor",
                table: "PointsStoreItems",
                column: "Sponsor");

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreOrders_BuyerAccountId_PlacedAt",
                table: "PointsStoreOrders",
                columns: new[] { "BuyerAccountId", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreOrders_IdempotencyKey",
                table: "PointsStoreOrders",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreOrders_ItemId",
                table: "PointsStoreOrders",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreOrders_PaymentTransactionId",
                table: "PointsStoreOrders",
                column: "PaymentTransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreOrders_PickUpLocation_Status_PlacedAt",
                table: "PointsStoreOrders",
                columns: new[] { "PickUpLocation", "Status", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsStoreOrders_RefundTransactionId",
                table: "PointsStoreOrders",
                column: "RefundTransactionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PointsStoreOrders");

            migrationBuilder.DropTable(
                name: "PointsStoreItems");
        }
    }
}
