using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkshopImportanceCertainty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RateTop",
                table: "Workshops",
                type: "INTEGER",
                nullable: false,
                defaultValue: 8); // WorkshopRules.DefaultRateTop for workshops opened before the rating stage

            migrationBuilder.CreateTable(
                name: "WorkshopRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkshopId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Importance = table.Column<int>(type: "INTEGER", nullable: false),
                    Certainty = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopRatings", x => x.Id);
                    table.CheckConstraint("CK_WorkshopRatings_Certainty", "\"Certainty\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_WorkshopRatings_Importance", "\"Importance\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_WorkshopRatings_CandidateOutcomes_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "CandidateOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkshopRatings_WorkshopParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "WorkshopParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRatings_CandidateId",
                table: "WorkshopRatings",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRatings_ParticipantId_CandidateId",
                table: "WorkshopRatings",
                columns: new[] { "ParticipantId", "CandidateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRatings_WorkshopId",
                table: "WorkshopRatings",
                column: "WorkshopId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkshopRatings");

            migrationBuilder.DropColumn(
                name: "RateTop",
                table: "Workshops");
        }
    }
}
