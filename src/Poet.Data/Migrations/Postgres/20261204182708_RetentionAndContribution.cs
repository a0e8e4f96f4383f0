using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Poet.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NotesDeletedUtc",
                table: "UcQuestionnaires",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "Rounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactsDeletedUtc",
                table: "Rounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContributionStories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Activities = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Changes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Assumptions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Risks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OtherInfluences = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StaffItems = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RosterContactDays = table.Column<int>(type: "integer", nullable: false),
                    AccessCodeDays = table.Column<int>(type: "integer", nullable: false),
                    OutboxDays = table.Column<int>(type: "integer", nullable: false),
                    InterviewNoteDays = table.Column<int>(type: "integer", nullable: false),
                    AuditDetailDays = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
