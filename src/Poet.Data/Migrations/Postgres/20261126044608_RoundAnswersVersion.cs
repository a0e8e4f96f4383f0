using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoundAnswersVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnswersVersion",
                table: "Rounds",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswersVersion",
                table: "Rounds");
        }
    }
}
