using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkshopModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ResultsRevealed",
                table: "Workshops",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "DecidedCandidateId",
                table: "WorkshopContributions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Decision",
                table: "WorkshopContributions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNote",
                table: "WorkshopContributions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "CandidateOutcomes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AddedAfterWorkshop",
                table: "AgreedOutcomes",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResultsRevealed",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "DecidedCandidateId",
                table: "WorkshopContributions");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "WorkshopContributions");

            migrationBuilder.DropColumn(
                name: "DecisionNote",
                table: "WorkshopContributions");

            migrationBuilder.DropColumn(
                name: "CreatedUtc",
                table: "CandidateOutcomes");

            migrationBuilder.DropColumn(
                name: "AddedAfterWorkshop",
                table: "AgreedOutcomes");
        }
    }
}
