using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoundThresholds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CelebrationMaxDisagreePercent",
                table: "Rounds",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "CelebrationMinAgreePercent",
                table: "Rounds",
                type: "integer",
                nullable: false,
                defaultValue: 75);

            migrationBuilder.AddColumn<int>(
                name: "DevelopmentDontKnowAbovePercent",
                table: "Rounds",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "DevelopmentMinDisagreePercent",
                table: "Rounds",
                type: "integer",
                nullable: false,
                defaultValue: 25);

            migrationBuilder.AddColumn<DateTime>(
                name: "ThresholdsLockedUtc",
                table: "Rounds",
                type: "timestamp with time zone",
                nullable: true);

            // Existing rounds keep POET's standard thresholds (the defaults above); a report already published is locked
            // from its first publication, so the rule staff read cannot change under them.
            migrationBuilder.Sql("""
                UPDATE "Rounds" SET "ThresholdsLockedUtc" =
                    (SELECT MIN(p."PublishedUtc") FROM "PublishedReports" p WHERE p."RoundId" = "Rounds"."Id")
                WHERE EXISTS (SELECT 1 FROM "PublishedReports" p WHERE p."RoundId" = "Rounds"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CelebrationMaxDisagreePercent",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "CelebrationMinAgreePercent",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "DevelopmentDontKnowAbovePercent",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "DevelopmentMinDisagreePercent",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ThresholdsLockedUtc",
                table: "Rounds");
        }
    }
}
