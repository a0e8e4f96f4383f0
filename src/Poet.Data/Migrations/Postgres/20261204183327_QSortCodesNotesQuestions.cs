using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Poet.Data.Migrations.Postgres
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
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "QPlacements",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudyId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Options = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
                    SortId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
