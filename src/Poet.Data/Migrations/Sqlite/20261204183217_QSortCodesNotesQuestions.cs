using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QSortCodesNotesQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "QSorts",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "QPlacements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QQuestions_QStudies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "QStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QAnswers",
                columns: table => new
                {
                    SortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QAnswers", x => new { x.SortId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_QAnswers_QQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "QQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QAnswers_QSorts_SortId",
                        column: x => x.SortId,
                        principalTable: "QSorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QSorts_StudyId_Code",
                table: "QSorts",
                columns: new[] { "StudyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QAnswers_QuestionId",
                table: "QAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_QQuestions_StudyId_Number",
                table: "QQuestions",
                columns: new[] { "StudyId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QAnswers");

            migrationBuilder.DropTable(
                name: "QQuestions");

            migrationBuilder.DropIndex(
                name: "IX_QSorts_StudyId_Code",
                table: "QSorts");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "QSorts");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "QPlacements");
        }
    }
}
