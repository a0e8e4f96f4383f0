using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RetentionAndContribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "UcQuestionnaires",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NotesDeletedUtc",
                table: "UcQuestionnaires",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactsDeletedUtc",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContributionStories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Assumptions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Risks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OtherInfluences = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StaffItems = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionStories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContributionStories_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RetentionSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RosterContactDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessCodeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    OutboxDays = table.Column<int>(type: "INTEGER", nullable: false),
                    InterviewNoteDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AuditDetailDays = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionSettings", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "ExpiresUtc", "Holder" },
                values: new object[] { "retention", new DateTime(2000, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null });

            migrationBuilder.CreateIndex(
                name: "IX_ContributionStories_PartnershipId_Outcome",
                table: "ContributionStories",
                columns: new[] { "PartnershipId", "Outcome" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContributionStories");

            migrationBuilder.DropTable(
                name: "RetentionSettings");

            migrationBuilder.DeleteData(
                table: "JobLeases",
                keyColumn: "Name",
                keyValue: "retention");

            migrationBuilder.DropColumn(
                name: "ClosedUtc",
                table: "UcQuestionnaires");

            migrationBuilder.DropColumn(
                name: "NotesDeletedUtc",
                table: "UcQuestionnaires");

            migrationBuilder.DropColumn(
                name: "ClosedUtc",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ContactsDeletedUtc",
                table: "Rounds");
        }
    }
}
