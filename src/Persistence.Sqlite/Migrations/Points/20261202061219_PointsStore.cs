using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charity.Persistence.Sqlite.Migrations.Points
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sponsor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: false),
                    Stock = table.Column<int>(type: "INTEGER", nullable: false),
                    PickUpLocation = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 180, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    PickUpLocation = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CollectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CollectedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PaymentTransactionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RefundTransactionId = table.Column<Guid>(type: "TEXT", nullable: true)
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
