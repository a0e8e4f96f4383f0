using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SealedDraftsAndMix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingCompletions");

            migrationBuilder.DropIndex(
                name: "IX_Responses_AccessHash",
                table: "Responses");

            migrationBuilder.DropColumn(
                name: "AccessHash",
                table: "Responses");

            migrationBuilder.DropColumn(
                name: "SubmittedOn",
                table: "Responses");

            migrationBuilder.CreateTable(
                name: "SealedSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Sealed = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealedSubmissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyDrafts",
                columns: table => new
                {
                    Lookup = table.Column<byte[]>(type: "bytea", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Sealed = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyDrafts", x => x.Lookup);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SealedSubmissions_RoundId",
                table: "SealedSubmissions",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyDrafts_RoundId",
                table: "SurveyDrafts",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SealedSubmissions");

            migrationBuilder.DropTable(
                name: "SurveyDrafts");

            migrationBuilder.AddColumn<byte[]>(
                name: "AccessHash",
                table: "Responses",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedOn",
                table: "Responses",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PendingCompletions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sealed = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingCompletions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Responses_AccessHash",
                table: "Responses",
                column: "AccessHash",
                unique: true);
        }
    }
}
