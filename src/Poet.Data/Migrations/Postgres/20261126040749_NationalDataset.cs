using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Poet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalDataset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BreadthCode",
                table: "Partnerships",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientGroupCode",
                table: "Partnerships",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DepthCode",
                table: "Partnerships",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GovernanceCode",
                table: "Partnerships",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCode",
                table: "Partnerships",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TypeCode",
                table: "Partnerships",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NationalRounds",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Invited = table.Column<int>(type: "integer", nullable: false),
                    Usable = table.Column<int>(type: "integer", nullable: false),
                    UcReturns = table.Column<int>(type: "integer", nullable: true),
                    AggregatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OptedIn = table.Column<bool>(type: "boolean", nullable: false),
                    OptedInUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ClientGroupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GovernanceCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DepthCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    BreadthCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Frames = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalRounds", x => x.RoundId);
                    table.ForeignKey(
                        name: "FK_NationalRounds_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NationalItems",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Section = table.Column<int>(type: "integer", nullable: false),
                    C1 = table.Column<int>(type: "integer", nullable: false),
                    C2 = table.Column<int>(type: "integer", nullable: false),
                    C3 = table.Column<int>(type: "integer", nullable: false),
                    C4 = table.Column<int>(type: "integer", nullable: false),
                    C5 = table.Column<int>(type: "integer", nullable: false),
                    Unanswered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalItems", x => new { x.RoundId, x.ItemId });
                    table.ForeignKey(
                        name: "FK_NationalItems_NationalRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "NationalRounds",
                        principalColumn: "RoundId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NationalOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Wording = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Focus = table.Column<string>(type: "text", nullable: true),
                    Type = table.Column<string>(type: "text", nullable: true),
                    FrameworkHeading = table.Column<string>(type: "text", nullable: true),
                    HasPhaseTwo = table.Column<bool>(type: "boolean", nullable: false),
                    I1 = table.Column<int>(type: "integer", nullable: false),
                    I2 = table.Column<int>(type: "integer", nullable: false),
                    I3 = table.Column<int>(type: "integer", nullable: false),
                    I4 = table.Column<int>(type: "integer", nullable: false),
                    H1 = table.Column<int>(type: "integer", nullable: false),
                    H2 = table.Column<int>(type: "integer", nullable: false),
                    H3 = table.Column<int>(type: "integer", nullable: false),
                    H4 = table.Column<int>(type: "integer", nullable: false),
                    H5 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalOutcomes_NationalRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "NationalRounds",
                        principalColumn: "RoundId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NationalOutcomes_RoundId",
                table: "NationalOutcomes",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_NationalRounds_OptedIn_Year",
                table: "NationalRounds",
                columns: new[] { "OptedIn", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_NationalRounds_PartnershipId",
                table: "NationalRounds",
                column: "PartnershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NationalItems");

            migrationBuilder.DropTable(
                name: "NationalOutcomes");

            migrationBuilder.DropTable(
                name: "NationalRounds");

            migrationBuilder.DropColumn(
                name: "BreadthCode",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "ClientGroupCode",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "DepthCode",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "GovernanceCode",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "RegionCode",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "TypeCode",
                table: "Partnerships");
        }
    }
}
