using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "DecidedCandidateId",
                table: "WorkshopContributions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Decision",
                table: "WorkshopContributions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNote",
                table: "WorkshopContributions",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "CandidateOutcomes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AddedAfterWorkshop",
                table: "AgreedOutcomes",
                type: "INTEGER",
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
