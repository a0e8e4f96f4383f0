using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Poet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalConsentAndCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentAgreedOn",
                table: "NationalRounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentBy",
                table: "NationalRounds",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentRecordedBy",
                table: "NationalRounds",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConsentTermsVersion",
                table: "NationalRounds",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NationalHeading",
                table: "AgreedOutcomes",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NationalType",
                table: "AgreedOutcomes",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SharingTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingTerms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SharingTerms_Version",
                table: "SharingTerms",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SharingTerms");

            migrationBuilder.DropColumn(
                name: "ConsentAgreedOn",
                table: "NationalRounds");

            migrationBuilder.DropColumn(
                name: "ConsentBy",
                table: "NationalRounds");

            migrationBuilder.DropColumn(
                name: "ConsentRecordedBy",
                table: "NationalRounds");

            migrationBuilder.DropColumn(
                name: "ConsentTermsVersion",
                table: "NationalRounds");

            migrationBuilder.DropColumn(
                name: "NationalHeading",
                table: "AgreedOutcomes");

            migrationBuilder.DropColumn(
                name: "NationalType",
                table: "AgreedOutcomes");
        }
    }
}
