using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UcMissingOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MissingOutcomes",
                table: "UcResponses",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MissingOutcomes",
                table: "UcResponses");
        }
    }
}
