using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QSavedAnalyses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QSavedAnalyses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    IsReported = table.Column<bool>(type: "INTEGER", nullable: false),
                    SavedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QSavedAnalyses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QSavedAnalyses_QStudies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "QStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QSavedAnalyses_StudyId_Name",
                table: "QSavedAnalyses",
                columns: new[] { "StudyId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QSavedAnalyses");
        }
    }
}
